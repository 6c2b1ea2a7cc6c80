package io.github.provplan.format;

/**
 * A JSON Pointer built only when a problem needs it: decoding makes one for every object and field it visits, so
 * it must cost an allocation, not a string.
 */
final class Pointer {
    static final Pointer ROOT = new Pointer(null, null, -1);

    private final Pointer parent;
    private final String name;
    private final int index;

    private Pointer(Pointer parent, String name, int index) {
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    Pointer property(String property) {
        return new Pointer(this, property, -1);
    }

    Pointer item(int item) {
        return new Pointer(this, null, item);
    }

    /** The pointer as RFC 6901 writes it; {@code ""} for the whole document. */
    @Override
    public String toString() {
        if (parent == null) {
            return "";
        }
        return parent + "/" + (name != null ? Json.segment(name) : Integer.toString(index));
    }
}
