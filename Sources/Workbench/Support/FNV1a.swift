/// FNV-1a, 64 bits: a small, stable hash of a text's UTF-8 bytes, the same on every machine
/// and run (Swift's `Hasher` is seeded per process). For telling an edited file apart and
/// for splitting data into fixed halves; not for security.
public enum FNV1a {
    public static func hash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }
}
