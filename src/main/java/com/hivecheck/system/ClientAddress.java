package com.hivecheck.system;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The address a request comes from, as the login throttle and the rate limits count it.
 *
 * <p>It is the servlet request's remote address: the TCP peer, unless forward headers are configured
 * ({@code server.forward-headers-strategy=native} or {@code framework}), in which case the container or Spring takes it
 * from {@code X-Forwarded-For} of a trusted proxy. So a client cannot choose its address by sending that header to a
 * server that does not expect one. An IPv6 address counts by its /64 network, since one host usually holds a whole
 * /64 and could otherwise pick a fresh address for every request.
 */
public final class ClientAddress {

    /** What an address that cannot be read counts as. */
    public static final String UNKNOWN = "unknown";

    private ClientAddress() {
    }

    /** The counted address of a request. */
    public static String of(HttpServletRequest request) {
        return normalize(request.getRemoteAddr());
    }

    /** The counted form of an address: IPv4 as is, IPv6 as its /64 network, anything else {@link #UNKNOWN}. */
    public static String normalize(@Nullable String address) {
        if (address == null || address.isBlank() || address.length() > 64) {
            return UNKNOWN;
        }
        String literal = address.strip();
        if (literal.indexOf(':') < 0) {
            return isIpv4(literal) ? literal : UNKNOWN;
        }
        int zone = literal.indexOf('%');
        if (zone >= 0) {
            literal = literal.substring(0, zone);
        }
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        if (!literal.matches("[0-9A-Fa-f:.]+")) {
            return UNKNOWN;
        }
        try {
            byte[] bytes = InetAddress.getByName(literal).getAddress();
            if (bytes.length == 4) {
                return InetAddress.getByAddress(bytes).getHostAddress();
            }
            byte[] network = Arrays.copyOf(bytes, 16);
            Arrays.fill(network, 8, 16, (byte) 0);
            return InetAddress.getByAddress(network).getHostAddress().toLowerCase(Locale.ROOT) + "/64";
        } catch (UnknownHostException e) {
            return UNKNOWN;
        }
    }

    private static boolean isIpv4(String literal) {
        String[] parts = literal.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')
                    || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }
}
