package org.frontdoor.serviceplatform.sample;

import java.util.List;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@SpringBootApplication
public class ServicePlatformTestApp {

    public record Concern(String childName, String text, List<String> themes, int level) {
    }

    @RestController
    static class EchoController {

        @PostMapping("/concerns")
        Concern accept(@RequestBody Concern concern) {
            return concern;
        }

        @PostMapping("/store-down")
        void storeDown() {
            throw new DataAccessResourceFailureException("Timed out after 30000 ms while waiting to connect");
        }
    }
}
