/// Distinct values in first-seen order, each with its index. Rows come in document order,
/// so most lookups repeat the previous value: that one is checked first (an equality test
/// on shared storage), and the hash table is consulted only when the value changes (a save
/// of 100,000 documents encodes some 20 million evidence spans and column rows).
struct Interner<Value: Hashable> {
    private(set) var values: [Value] = []
    private var indices: [Value: Int] = [:]
    private var last: (value: Value, index: Int)?

    mutating func index(_ value: Value) -> Int {
        if let last, last.value == value { return last.index }
        let index: Int
        if let known = indices[value] {
            index = known
        } else {
            index = values.count
            values.append(value)
            indices[value] = index
        }
        last = (value, index)
        return index
    }
}
