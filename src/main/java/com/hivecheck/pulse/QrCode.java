package com.hivecheck.pulse;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.hivecheck.system.LeastRecentlyUsed;
import java.util.Map;

/**
 * A QR code of a link as an SVG image, for printing: one square unit per module, the dark modules of a row joined into
 * runs, a white quiet zone of four modules. Drawn by ZXing's encoder, rendered here, so no image library and no
 * external asset is involved; the SVG scales to any print size without blurring.
 */
final class QrCode {

    private static final int QUIET_ZONE = 4;

    /** Drawn codes, by link and title: HR's page of a pulse shows the same one on every view. */
    private static final int DRAWN = 64;
    private static final Map<String, String> drawn = new LeastRecentlyUsed<>(DRAWN);

    private QrCode() {
    }

    /**
     * The SVG document of {@code text}; the {@value #DRAWN} most recently asked for are kept, so that a pulse's page
     * does not encode its link again on every view.
     *
     * @param title the accessible name of the image (escaped here)
     */
    static String svg(String text, String title) {
        String key = text + '\u0000' + title;
        synchronized (drawn) {
            String svg = drawn.get(key);
            if (svg != null) {
                return svg;
            }
        }
        String svg = draw(text, title);
        synchronized (drawn) {
            drawn.put(key, svg);
        }
        return svg;
    }

    private static String draw(String text, String title) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, QUIET_ZONE, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode a QR code of " + text.length() + " characters", e);
        }
        int width = matrix.getWidth();
        int height = matrix.getHeight();
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < height; y++) {
            int x = 0;
            while (x < width) {
                if (!matrix.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < width && matrix.get(x, y)) {
                    x++;
                }
                path.append('M').append(start).append(' ').append(y).append('h').append(x - start)
                        .append("v1h-").append(x - start).append('z');
            }
        }
        return """
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" width="%d" height="%d" \
                shape-rendering="crispEdges" role="img" aria-label="%s"><title>%s</title>\
                <rect width="100%%" height="100%%" fill="#fff"/><path fill="#000" d="%s"/></svg>"""
                .formatted(width, height, width * 8, height * 8, escape(title), escape(title), path);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
