import Workbench

/// The cooperation tags in a workspace, with the taxonomy in force as its YAML export (so
/// a reopened workspace shows the taxonomy its tags were made with, even when the files it
/// was loaded from changed or are gone), the passage unit and the passage counts.
extension CoopLayer: PersistentPayload {
    public static let codecName = "coop.tags"
    public static let codecVersion = 1

    public func encode(into writer: inout ByteWriter) {
        writer.write(TaxonomyWriter.yaml(taxonomy))
        writer.write(unit.rawValue)
        writer.write(UInt32(tags.count))
        for tag in tags {
            writer.write(tag.document)
            writer.write(tag.start)
            writer.write(tag.end)
            writer.write(tag.area)
            writer.write(tag.score)
            writer.write(UInt32(tag.rules.count))
            for rule in tag.rules {
                writer.write(rule.kind.rawValue)
                writer.write(rule.phrase)
                writer.write(rule.weight)
                writer.write(rule.start)
                writer.write(rule.end)
            }
            writer.write(tag.partners)
            writer.write(tag.date)
        }
        writer.write(UInt32(passages.count))
        for (document, count) in passages.sorted(by: { $0.key < $1.key }) {
            writer.write(document)
            writer.write(count)
        }
    }

    public static func decode(from reader: inout ByteReader) throws -> CoopLayer {
        let yaml = try reader.readString()
        guard let taxonomy = try? TaxonomyParser.parse(yaml, file: "workspace taxonomy") else {
            throw ByteReader.DecodingFailure("the stored taxonomy does not parse")
        }
        let unitName = try reader.readString()
        guard let unit = CoopUnit(rawValue: unitName) else { throw ByteReader.DecodingFailure("unknown passage unit '\(unitName)'") }
        var tags: [CoopTag] = []
        for _ in 0..<(try reader.readCount()) {
            let document = try reader.readString()
            let start = try reader.readInt(), end = try reader.readInt()
            let area = try reader.readString()
            let score = try reader.readDouble()
            var rules: [FiredRule] = []
            for _ in 0..<(try reader.readCount()) {
                let kindName = try reader.readString()
                guard let kind = FiredRule.Kind(rawValue: kindName) else { throw ByteReader.DecodingFailure("unknown rule kind '\(kindName)'") }
                rules.append(FiredRule(kind: kind, phrase: try reader.readString(), weight: try reader.readDouble(),
                                       start: try reader.readInt(), end: try reader.readInt()))
            }
            tags.append(CoopTag(document: document, start: start, end: end, area: area, score: score, rules: rules,
                                partners: try reader.readStrings(), date: try reader.readOptionalString()))
        }
        var passages: [String: Int] = [:]
        for _ in 0..<(try reader.readCount()) {
            let document = try reader.readString()
            passages[document] = try reader.readInt()
        }
        return CoopLayer(taxonomy: taxonomy, unit: unit, tags: tags, passages: passages)
    }
}
