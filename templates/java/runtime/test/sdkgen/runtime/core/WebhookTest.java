package sdkgen.runtime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sdkgen.runtime.errors.InvalidArgumentException;
import sdkgen.runtime.errors.WebhookVerificationException;

/** Webhook verification: the HMAC-SHA256 vectors, secret rotation, refusals, and typed events. */
class WebhookTest {
    private static final WebhookSignature SIGNATURE = WebhookSignature.hmacSha256("X-Sig")
            .secretPrefix("whsec_").testHeader("X-Test").eventField("kind")
            .event("item.created", Fakes.Item.class);

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, List<String>> headers(String signature) {
        return Map.of("x-sig", List.of(signature));
    }

    @Test
    void theSignatureIsTheHmacSha256OfTheRawBodyInHexOrBase64() {
        // RFC 4231-style known answer: HMAC-SHA256("key", "The quick brown fox jumps over the lazy dog")
        byte[] body = bytes("The quick brown fox jumps over the lazy dog");
        WebhookSignature plain = WebhookSignature.hmacSha256("X-Sig");
        assertEquals("f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8", plain.sign("key", body));
        assertEquals("97yD9DBThCSxMpjmqm+xQ+9NWaFJRhdZl0edvC0aPNg=", plain.encoding("base64").sign("key", body));
    }

    @Test
    void aSignedDeliveryDecodesIntoItsEventModel() {
        byte[] body = bytes("{\"kind\":\"item.created\",\"id\":\"it_1\"}");
        WebhookEvent event = SIGNATURE.verify(headers(SIGNATURE.sign("whsec_one", body)), body, "whsec_one");
        assertEquals("item.created", event.type());
        assertFalse(event.test());
        assertEquals("it_1", event.payloadAs(Fakes.Item.class).id());
        assertEquals("{\"kind\":\"item.created\",\"id\":\"it_1\"}", event.rawText());
        assertThrows(InvalidArgumentException.class, () -> event.payloadAs(String.class));
    }

    @Test
    void anEventTheDescriptionDoesNotNameIsPlainJsonAndTestDeliveriesAreMarked() {
        byte[] body = bytes("{\"kind\":\"other.thing\",\"n\":1}");
        Map<String, List<String>> headers = Map.of("X-SIG", List.of(SIGNATURE.sign("whsec_one", body)), "x-test", List.of("true"));
        WebhookEvent event = SIGNATURE.verify(headers, body, "whsec_one");
        assertEquals(Map.of("kind", "other.thing", "n", 1), event.payload());
        assertTrue(event.test());
    }

    @Test
    void duringARotationEitherSecretIsAccepted() {
        byte[] body = bytes("{\"kind\":\"item.created\",\"id\":\"x\"}");
        String byOld = SIGNATURE.sign("whsec_old", body);
        String byNew = SIGNATURE.sign("whsec_new", body);
        assertEquals("x", SIGNATURE.verify(headers(byOld), body, "whsec_old", "whsec_new").payloadAs(Fakes.Item.class).id());
        assertEquals("x", SIGNATURE.verify(headers(byNew), body, "whsec_old", "whsec_new").payloadAs(Fakes.Item.class).id());
        assertThrows(WebhookVerificationException.class, () -> SIGNATURE.verify(headers(byOld), body, "whsec_new"));
    }

    @Test
    void anythingElseIsRefusedWithTheSdksError() {
        byte[] body = bytes("{\"kind\":\"item.created\",\"id\":\"x\"}");
        String signature = SIGNATURE.sign("whsec_one", body);
        WebhookVerificationException tampered = assertThrows(WebhookVerificationException.class,
                () -> SIGNATURE.verify(headers(signature), bytes("{\"kind\":\"item.created\",\"id\":\"y\"}"), "whsec_one"));
        assertTrue(tampered.getMessage().contains("matches no secret"), tampered.getMessage());
        assertThrows(WebhookVerificationException.class, () -> SIGNATURE.verify(Map.of(), body, "whsec_one"));
        assertThrows(WebhookVerificationException.class, () -> SIGNATURE.verify(headers(signature.toUpperCase()), body, "whsec_one"));
        assertThrows(WebhookVerificationException.class, () -> SIGNATURE.verify(headers("sha256=" + signature), body, "whsec_one"));
        byte[] list = bytes("[1,2]");
        WebhookVerificationException notObject = assertThrows(WebhookVerificationException.class,
                () -> SIGNATURE.verify(headers(SIGNATURE.sign("whsec_one", list)), list, "whsec_one"));
        assertTrue(notObject.getMessage().contains("not a JSON object"), notObject.getMessage());
        byte[] wrongShape = bytes("{\"kind\":\"item.created\",\"id\":[1]}");
        assertThrows(WebhookVerificationException.class,
                () -> SIGNATURE.verify(headers(SIGNATURE.sign("whsec_one", wrongShape)), wrongShape, "whsec_one"));
    }

    @Test
    void badSecretsAreTheCallersMistake() {
        byte[] body = bytes("{}");
        Map<String, List<String>> headers = headers("00");
        assertThrows(InvalidArgumentException.class, () -> SIGNATURE.verify(headers, body));
        assertThrows(InvalidArgumentException.class, () -> SIGNATURE.verify(headers, body, "whsec_a", "whsec_b", "whsec_c"));
        InvalidArgumentException prefix = assertThrows(InvalidArgumentException.class, () -> SIGNATURE.verify(headers, body, "sk_1"));
        assertTrue(prefix.getMessage().contains("whsec_"), prefix.getMessage());
        assertThrows(InvalidArgumentException.class, () -> SIGNATURE.verify(headers, null, "whsec_a"));
    }

    @Test
    void headersCanBeReadOneByOne() {
        byte[] body = bytes("{\"kind\":\"item.created\",\"id\":\"z\"}");
        String signature = SIGNATURE.sign("whsec_one", body);
        WebhookEvent event = SIGNATURE.verify(name -> name.equals("X-Sig") ? signature : null, body, "whsec_one");
        assertEquals("z", event.payloadAs(Fakes.Item.class).id());
    }
}
