package org.frontdoor.outcomes.eventlog.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import org.frontdoor.outcomes.api.InvalidRequestException;
import org.frontdoor.outcomes.eventlog.domain.RebuildReadModels;
import org.frontdoor.serviceplatform.problems.FieldProblem;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/outcomes")
class RebuildController {

    private final RebuildReadModels rebuild;

    RebuildController(RebuildReadModels rebuild) {
        this.rebuild = rebuild;
    }

    @Operation(summary = "Rebuild the indicators' read model from the event log and re-read every topic from the "
            + "beginning (ADMIN)",
            description = "The in-memory read model is folded again from the whole event log before the answer; then "
                    + "every topic is re-read from offset 0 on the consumer: events already logged change nothing, "
                    + "missing ones are logged and applied. Lists the partitions this instance replays.")
    @PostMapping("/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    RebuildView rebuild(@RequestParam Map<String, String> parameters,
                        @RequestBody(required = false) byte[] body) {
        refuseAnythingSent(parameters, body);
        return new RebuildView(rebuild.rebuild());
    }

    /**
     * The rebuild takes nothing: a parameter or a body is a client that means something else (400 naming it), and
     * refusing it costs nothing, where a rebuild re-reads the whole log.
     */
    private static final Pattern PARAMETER_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

    private static void refuseAnythingSent(Map<String, String> parameters, byte[] body) {
        List<FieldProblem> errors = new ArrayList<>();
        // a name is repeated only if it has the shape of a parameter's name: any other may be anything the caller sent
        parameters.keySet().stream().map(name -> PARAMETER_NAME.matcher(name).matches() ? name : "(parameter)")
                .sorted().distinct()
                .forEach(name -> errors.add(new FieldProblem(name, "is not a parameter of the rebuild")));
        if (body != null && body.length > 0) {
            errors.add(new FieldProblem("body", "the rebuild takes no body"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("The rebuild takes no parameters and no body", errors);
        }
    }

    /** @param partitions the {@code topic-partition}s this instance re-reads from offset 0 */
    record RebuildView(List<String> partitions) {
    }
}
