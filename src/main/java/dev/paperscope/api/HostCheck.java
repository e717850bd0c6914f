package dev.paperscope.api;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which {@code Host} headers the server answers: {@code localhost} or an IP address literal that is the
 * address the connection arrived on (or any loopback address, for a connection on loopback), or the
 * name the server was told to bind; always with the port it listens on. A DNS name pointing at this
 * machine (a DNS-rebinding attack) is refused, so pages of another site cannot read or write through it.
 */
final class HostCheck {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9a-fA-F:.%]+]");
    private final String boundHost;

    /** {@code boundHost}: the address or name given to bind (e.g. {@code 127.0.0.1}, {@code 0.0.0.0}, {@code ::1}). */
    HostCheck(String boundHost) {
        this.boundHost = boundHost.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether {@code hostHeader} names this server, for a connection that arrived on {@code localAddress}
     * (the address text the socket reports) and {@code localPort}.
     */
    boolean accepts(String hostHeader, String localAddress, int localPort) {
        if (hostHeader == null || hostHeader.isBlank()) {
            return false;
        }
        String value = hostHeader.strip().toLowerCase(Locale.ROOT);
        int colon = value.lastIndexOf(':');
        String host = value;
        int port = 80;
        if (colon > value.lastIndexOf(']')) {
            host = value.substring(0, colon);
            try {
                port = Integer.parseInt(value.substring(colon + 1));
            } catch (NumberFormatException e) {
                return false;
            }
        }
        if (port != localPort) {
            return false;
        }
        if (host.equals("localhost") || host.equals(boundHost) || ("[" + boundHost + "]").equals(host)) {
            return true;
        }
        Optional<InetAddress> named = literal(host);
        Optional<InetAddress> local = literal(localAddress.contains(":") && !localAddress.startsWith("[") ? "[" + localAddress + "]" : localAddress);
        if (named.isEmpty() || local.isEmpty()) {
            return false;
        }
        return named.get().equals(local.get()) || (named.get().isLoopbackAddress() && local.get().isLoopbackAddress());
    }

    /** An IP address literal (never a DNS lookup: names are not literals). */
    private static Optional<InetAddress> literal(String host) {
        boolean v4 = IPV4.matcher(host).matches();
        boolean v6 = IPV6.matcher(host).matches();
        if (!v4 && !v6) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(v6 ? host.substring(1, host.length() - 1) : host));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
