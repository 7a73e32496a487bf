package org.frontdoor.serviceplatform.notify;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A file sent by email as a link to download it (Notify's send-a-file): the value of one placeholder of an email
 * template's personalisation.
 *
 * @param file                       the file's bytes (Notify takes up to 2 MB)
 * @param filename                   the name the recipient downloads it under
 * @param confirmEmailBeforeDownload whether the recipient must type their email address before downloading
 * @param retentionPeriod            how long Notify keeps it downloadable ("26 weeks"; at most 78)
 */
public record LinkToFile(byte[] file, String filename, boolean confirmEmailBeforeDownload, String retentionPeriod) {

    /** The placeholder's value as Notify reads it. */
    public Map<String, Object> asPersonalisation() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("file", Base64.getEncoder().encodeToString(file));
        value.put("filename", filename);
        value.put("confirm_email_before_download", confirmEmailBeforeDownload);
        value.put("retention_period", retentionPeriod);
        return value;
    }
}
