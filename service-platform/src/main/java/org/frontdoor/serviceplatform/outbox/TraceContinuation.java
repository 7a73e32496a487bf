package org.frontdoor.serviceplatform.outbox;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

/**
 * Continues, while an outboxed event is sent, the trace of the request (or event) that wrote it: the send (and so
 * the record's {@code traceparent} header, and every consumer's log lines) belongs to the same trace as the
 * contact officer's request, although the relay sends it later, from another thread.
 */
public interface TraceContinuation {

    /** No tracing: sends belong to no trace. */
    TraceContinuation NONE = traceparent -> () -> { };

    Continued continueFrom(String traceparent);

    /** The continued trace, in scope until closed. */
    interface Continued extends AutoCloseable {
        @Override
        void close();
    }

    /** By Micrometer Tracing: a span "outbox relay" whose parent is the stored context, in scope during the send. */
    static TraceContinuation by(Tracer tracer, Propagator propagator) {
        return traceparent -> {
            if (traceparent == null) {
                return () -> { };
            }
            Span span = propagator.extract(traceparent,
                            (carrier, key) -> "traceparent".equals(key) ? carrier : null)
                    .name("outbox relay").kind(Span.Kind.PRODUCER).start();
            Tracer.SpanInScope scope = tracer.withSpan(span);
            return () -> {
                scope.close();
                span.end();
            };
        };
    }
}
