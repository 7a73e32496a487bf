package org.frontdoor.gateway.addresses;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import org.frontdoor.gateway.problems.ProblemResponses;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.stereotype.Component;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers, with problem+json, the requests that never reach Spring at all: a request line that is not a
 * valid URI (a raw backslash, a space or a control character in the address, which Spring's reactive
 * adapter turns into an empty 400) and a request the HTTP decoder could not read (reactor-netty's own empty
 * 400, 414 or 431). It sits in each connection's Netty pipeline right after the HTTP codec, answers, and
 * closes the connection, since what follows on it cannot be trusted. Every other request passes untouched
 * to the request firewall ({@link UnsafeAddressRefusal}) and the routes. Such a request is refused before any
 * trace is started or continued, so its problem carries no {@code traceId}.
 */
@Component
class RequestLineGuard implements NettyServerCustomizer {

    private static final String HANDLER_NAME = "frontdoor.requestLineGuard";

    private final JsonMapper json;

    RequestLineGuard(JsonMapper json) {
        this.json = json;
    }

    @Override
    public HttpServer apply(HttpServer server) {
        return server.doOnChannelInit((observer, channel, remoteAddress) -> {
            ChannelPipeline pipeline = channel.pipeline();
            if (pipeline.get(NettyPipeline.HttpCodec) != null && pipeline.get(HANDLER_NAME) == null) {
                pipeline.addAfter(NettyPipeline.HttpCodec, HANDLER_NAME, new Guard(json));
            }
        });
    }

    /** Why a request cannot be handed on, or {@code null} when it can. */
    static HttpResponseStatus refusal(HttpRequest request) {
        if (request.decoderResult().isFailure()) {
            Throwable cause = request.decoderResult().cause();
            if (cause instanceof TooLongHttpLineException) {
                return HttpResponseStatus.REQUEST_URI_TOO_LONG;
            }
            if (cause instanceof TooLongHttpHeaderException) {
                return HttpResponseStatus.REQUEST_HEADER_FIELDS_TOO_LARGE;
            }
            return HttpResponseStatus.BAD_REQUEST;
        }
        try {
            new URI(request.uri());
            return null;
        } catch (URISyntaxException notAnAddress) {
            return HttpResponseStatus.BAD_REQUEST;
        }
    }

    /** One per connection: once it has refused a request it drops the rest of what the connection sends. */
    private static final class Guard extends ChannelInboundHandlerAdapter {

        private final JsonMapper json;
        private boolean refused;

        Guard(JsonMapper json) {
            this.json = json;
        }

        @Override
        public void channelRead(ChannelHandlerContext context, Object message) {
            if (refused) {
                ReferenceCountUtil.release(message);
                return;
            }
            if (message instanceof HttpRequest request) {
                HttpResponseStatus status = refusal(request);
                if (status != null) {
                    refused = true;
                    ReferenceCountUtil.release(message);
                    context.writeAndFlush(problem(status, request)).addListener(ChannelFutureListener.CLOSE);
                    return;
                }
            }
            context.fireChannelRead(message);
        }

        private FullHttpResponse problem(HttpResponseStatus status, HttpRequest request) {
            Map<String, Object> problem = new LinkedHashMap<>();
            boolean badAddress = status == HttpResponseStatus.BAD_REQUEST && request.decoderResult().isSuccess();
            problem.put("type", badAddress ? ProblemResponses.UNSAFE_ADDRESS : ProblemResponses.ABOUT_BLANK);
            problem.put("title", status.reasonPhrase());
            problem.put("status", status.code());
            problem.put("detail", badAddress
                    ? ProblemResponses.UNSAFE_ADDRESS_DETAIL
                    : "The request could not be read as HTTP: its request line or headers are malformed or too long.");
            byte[] body = json.writeValueAsBytes(problem);
            FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status,
                    Unpooled.wrappedBuffer(body));
            response.headers()
                    .set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json")
                    .set(HttpHeaderNames.CONTENT_LENGTH, body.length)
                    .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            return response;
        }
    }
}
