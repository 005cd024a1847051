package id.asn.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LocalStackTest {

    @Test
    void theGatewayIsGivenEveryInstanceOfAServiceCommaSeparated() {
        assertEquals("http://localhost:8082", LocalStack.upstreamUrls(8082, null));
        assertEquals("http://localhost:8082,http://localhost:18082", LocalStack.upstreamUrls(8082, 18082));
    }

    @Test
    void aSecondInstanceIsAProcessOfItsOwnBesideTheFirst() {
        assertEquals("training-service-2", LocalStack.secondInstance(App.TRAINING));
    }
}
