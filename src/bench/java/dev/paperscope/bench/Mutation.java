package dev.paperscope.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * One way of damaging an input, as found in the wild or in attacks: cut files, flipped bytes, broken
 * encodings, binary bytes, enormous lines, deep nesting, huge author lists, unbalanced delimiters, XML
 * entities, unclosed quotes, over-long field values, compression. Every mutation is a pure function of
 * its input and the random source, so a seed reproduces a run.
 */
enum Mutation {
    TRUNCATE(10) {
        @Override
        byte[] apply(String format, byte[] in, Random r) {
            return java.util.Arrays.copyOf(in, in.length == 0 ? 0 : r.nextInt(in.length));
        }
    },
    BYTE_FLIPS(10) {
        @Override
        byte[] apply(String format, byte[] in, Random r) {
            byte[] out = in.clone();
            for (int i = 0, n = 1 + r.nextInt(16); i < n && out.length > 0; i++) {
                out[r.nextInt(out.length)] = (byte) r.nextInt(256);
            }
            return out;
        }
    },
    INVALID_UTF8(8) {
        private static final byte[][] BAD = {{(byte) 0xC3}, {(byte) 0xFF}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xE9}};

        @Override
        byte[] apply(String format, byte[] in, Random r) {
            return insert(in, r.nextInt(in.length + 1), BAD[r.nextInt(BAD.length)]);
        }
    },
    NUL_BYTES(6) {
        @Override
        byte[] apply(String format, byte[] in, Random r) {
            return insert(in, r.nextInt(in.length + 1), new byte[1 + r.nextInt(3)]);
        }
    },
    /** A line of 10 MB (past the line limit), or of up to 900,000 characters (within it: parsers must cope). */
    LONG_LINE(2) {
        @Override
        byte[] apply(String format, byte[] in, Random r) {
            String unit = r.nextBoolean() ? "x" : pick(lines(in), r) + " ";
            int chars = r.nextInt(4) == 0 ? 10 * 1024 * 1024 : logUniform(r, 1_000, 900_000);
            String line = unit.isBlank() ? "y".repeat(chars) : unit.repeat(Math.max(1, chars / unit.length()));
            return atLineStart(in, r, line.substring(0, Math.min(line.length(), chars)) + "\n");
        }
    },
    DEEP_NESTING(3) {
        private static final List<String> OPEN = List.of("{", "[", "(", "<a>", "{\"a\":", "[{");

        @Override
        byte[] apply(String format, byte[] in, Random r) {
            String open = OPEN.get(r.nextInt(OPEN.size()));
            int depth = logUniform(r, 1_000, 50_000);
            String close = switch (open) {
                case "{" -> "}";
                case "[" -> "]";
                case "(" -> ")";
                case "<a>" -> "</a>";
                case "{\"a\":" -> "}";
                default -> "}]";
            };
            String nest = open.repeat(depth) + "x" + (r.nextBoolean() ? close.repeat(depth) : "");
            return insert(in, r.nextInt(in.length + 1), nest.getBytes(StandardCharsets.UTF_8));
        }
    },
    HUGE_AUTHORS(2) {
        @Override
        byte[] apply(String format, byte[] in, Random r) {
            return FuzzShapes.hugeAuthors(format, in, r, logUniform(r, 1_000, 100_000));
        }
    },
    OVERSIZED_FIELD(3) {
        @Override
        byte[] apply(String format, byte[] in, Random r) {
            return FuzzShapes.oversizedField(format, in, r, 33_000 + r.nextInt(40_000));
        }
    },
    UNBALANCED(10) {
        private static final String DELIMITERS = "{}[]()<>\"'@,:";

        @Override
        byte[] apply(String format, byte[] in, Random r) {
            byte[] out = in;
            for (int i = 0, n = 1 + r.nextInt(5); i < n; i++) {
                int at = r.nextInt(out.length + 1);
                if (r.nextBoolean() && at < out.length && DELIMITERS.indexOf(out[at]) >= 0) {
                    out = remove(out, at);
                } else {
                    out = insert(out, at, new byte[] {(byte) DELIMITERS.charAt(r.nextInt(DELIMITERS.length()))});
                }
            }
            return out;
        }
    },
    XML_ENTITIES(4) {
        private static final List<String> DOCTYPES = List.of(
                "<!DOCTYPE feed [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n",
                "<!DOCTYPE feed [<!ENTITY x SYSTEM \"http://127.0.0.1:9/x\">]>\n",
                "<!DOCTYPE feed [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                        + "<!ENTITY x \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>\n",
                "<!DOCTYPE feed SYSTEM \"http://127.0.0.1:9/feed.dtd\">\n");

        @Override
        byte[] apply(String format, byte[] in, Random r) {
            String text = new String(in, StandardCharsets.UTF_8);
            int prolog = text.startsWith("<?xml") ? text.indexOf("?>") + 2 : 0;
            String withRef = text.replaceFirst("<title>", "<title>&x;");
            String doc = withRef.substring(0, Math.max(0, Math.min(prolog, withRef.length())))
                    + (prolog > 0 ? "\n" : "") + DOCTYPES.get(r.nextInt(DOCTYPES.size())) + withRef.substring(Math.min(prolog, withRef.length()));
            return doc.getBytes(StandardCharsets.UTF_8);
        }
    },
    UNCLOSED_QUOTE(8) {
        @Override
        byte[] apply(String format, byte[] in, Random r) {
            return insert(in, r.nextInt(in.length + 1), new byte[] {'"'});
        }
    },
    SPLICE_LINES(10) {
        @Override
        byte[] apply(String format, byte[] in, Random r) {
            List<String> lines = lines(in);
            if (lines.isEmpty()) {
                return in;
            }
            int from = r.nextInt(lines.size());
            int to = Math.min(lines.size(), from + 1 + r.nextInt(20));
            List<String> out = new java.util.ArrayList<>(lines);
            List<String> chunk = List.copyOf(lines.subList(from, to));
            if (r.nextBoolean()) {
                out.subList(from, to).clear();
            }
            out.addAll(r.nextInt(out.size() + 1), chunk);
            return (String.join("\n", out) + "\n").getBytes(StandardCharsets.UTF_8);
        }
    },
    /** Compressed as a user's {@code .gz} would be; now and then a small file that expands past the text limit. */
    GZIP(3) {
        @Override
        byte[] apply(String format, byte[] in, Random r) {
            return r.nextInt(50) == 0 ? FuzzShapes.gzipBomb() : gzip(in);
        }
    };

    /** How often it is chosen, relative to the others: the costly shapes (huge lines, lists, nesting) less often. */
    private final int weight;
    private static final int TOTAL_WEIGHT = java.util.Arrays.stream(values()).mapToInt(m -> m.weight).sum();

    Mutation(int weight) {
        this.weight = weight;
    }

    abstract byte[] apply(String format, byte[] in, Random r);

    /** A mutation drawn by weight. */
    static Mutation pick(Random r) {
        int x = r.nextInt(TOTAL_WEIGHT);
        for (Mutation m : values()) {
            x -= m.weight;
            if (x < 0) {
                return m;
            }
        }
        throw new AssertionError("weights do not add up");
    }

    /** {@code min} to {@code max}, log-uniform: small sizes often, the largest now and then. */
    static int logUniform(Random r, int min, int max) {
        return (int) Math.round(min * Math.pow((double) max / min, r.nextDouble()));
    }

    static byte[] insert(byte[] in, int at, byte[] what) {
        byte[] out = new byte[in.length + what.length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(what, 0, out, at, what.length);
        System.arraycopy(in, at, out, at + what.length, in.length - at);
        return out;
    }

    private static byte[] remove(byte[] in, int at) {
        byte[] out = new byte[in.length - 1];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(in, at + 1, out, at, in.length - at - 1);
        return out;
    }

    static List<String> lines(byte[] in) {
        return new String(in, StandardCharsets.UTF_8).lines().toList();
    }

    static String pick(List<String> items, Random r) {
        return items.isEmpty() ? "" : items.get(r.nextInt(items.size()));
    }

    /** Inserts {@code text} at the start of a random line. */
    static byte[] atLineStart(byte[] in, Random r, String text) {
        int at = r.nextInt(in.length + 1);
        while (at > 0 && in[at - 1] != '\n') {
            at--;
        }
        return insert(in, at, text.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] gzip(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
