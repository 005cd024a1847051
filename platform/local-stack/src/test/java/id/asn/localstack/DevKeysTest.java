package id.asn.localstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DevKeysTest {
    @TempDir
    Path keys;

    @Test
    void thePairIsPkcs8AndSpkiPemAndSignaturesVerify() throws Exception {
        DevKeys.ensure(keys);

        KeyFactory rsa = KeyFactory.getInstance("RSA");
        var privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(der(keys.resolve(DevKeys.PRIVATE_KEY), "PRIVATE KEY")));
        var publicKey = (RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(der(keys.resolve(DevKeys.PUBLIC_KEY), "PUBLIC KEY")));
        assertEquals(2048, publicKey.getModulus().bitLength());

        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(privateKey);
        signer.update("token".getBytes());
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(publicKey);
        verifier.update("token".getBytes());
        assertTrue(verifier.verify(signature));
    }

    @Test
    void aSecondStartKeepsTheKeysSoIssuedTokensStayValid() throws Exception {
        DevKeys.ensure(keys);
        String first = Files.readString(keys.resolve(DevKeys.PUBLIC_KEY));

        DevKeys.ensure(keys);

        assertEquals(first, Files.readString(keys.resolve(DevKeys.PUBLIC_KEY)));
    }

    private static byte[] der(Path pem, String type) throws Exception {
        String text = Files.readString(pem);
        assertTrue(text.startsWith("-----BEGIN " + type + "-----\n"), text);
        return Base64.getMimeDecoder().decode(text.replace("-----BEGIN " + type + "-----", "").replace("-----END " + type + "-----", ""));
    }
}
