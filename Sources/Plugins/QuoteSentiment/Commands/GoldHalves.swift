import Workbench

/// A deterministic split of a gold file into two halves, to see whether a change to the
/// scorer helps on both (a rule fitted to some texts helps on one half only). Texts of one
/// group stay together, like in the held-out split of the VADER sets: the group is the
/// id's part before `_` when it has one (an editorial, a review: `12_3` → `12`), else the
/// whole id (a tweet, a snippet), else the text's line.
enum GoldHalves {
    static let choices = ["all", "1", "2"]

    /// The group key of a gold row.
    static func group(id: String?, line: Int) -> String {
        guard let id, !id.isEmpty else { return "line:" + String(line) }
        if let underscore = id.firstIndex(of: "_") { return String(id[..<underscore]) }
        return id
    }

    /// 1 or 2: FNV-1a over the key's bytes, then a mix so that the bit taken depends on every byte.
    static func half(of key: String) -> Int {
        var h = FNV1a.hash(key)
        h ^= h >> 33
        h = h &* 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        return Int(h >> 63) + 1
    }
}
