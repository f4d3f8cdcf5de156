/// Some attributes of a stored node without the others: a table whose next stage reads one
/// column (`quotes | count by speaker`) reads the attribute blob only up to the last name it
/// wants, and makes no string for a value it passes over when that value is not wanted.
extension StoredNodeColumns {
    func values(of names: [String], at index: Int) -> [Value] {
        var values = [Value](repeating: .null, count: names.count)
        // The blob was checked when it was read (`decode`); a damaged value reads as null.
        var reader = ByteReader(blob, at: Int(attributeOffsets[index]))
        guard let list = try? reader.readUInt32(), Int(list) < nameLists.count else { return values }
        var remaining = names.count
        for name in nameLists[Int(list)] {
            if remaining == 0 { break }
            guard names.contains(name) else {
                guard (try? reader.skipValue()) != nil else { break }
                continue
            }
            let value = (try? reader.readValue()) ?? .null
            for k in names.indices where names[k] == name {
                values[k] = value
                remaining -= 1
            }
        }
        return values
    }
}
