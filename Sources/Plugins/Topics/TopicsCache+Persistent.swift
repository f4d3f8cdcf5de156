import Workbench

/// The topic model cache in a workspace: the model (parameters, units, term matrix,
/// topics, assignments, scores) and the topics of every earlier run by parameter key, so a
/// reopened workspace prints the same topics without refitting and a later run on more
/// documents still keeps their ids.
extension TopicsCache: PersistentPayload {
    static let codecName = "topics.model"
    static let codecVersion = 1

    func encode(into writer: inout ByteWriter) {
        model.encode(into: &writer)
        writer.write(UInt32(history.count))
        for (key, topics) in history.sorted(by: { $0.key < $1.key }) {
            writer.write(key)
            Topic.encode(topics, into: &writer)
        }
    }

    static func decode(from reader: inout ByteReader) throws -> TopicsCache {
        let model = try TopicModel.decode(from: &reader)
        var history: [String: [Topic]] = [:]
        for _ in 0..<(try reader.readCount()) {
            let key = try reader.readString()
            history[key] = try Topic.decode(from: &reader)
        }
        return TopicsCache(model: model, history: history)
    }
}

extension TopicModel {
    func encode(into writer: inout ByteWriter) {
        parameters.encode(into: &writer)
        data.units.encode(into: &writer)
        data.matrix.encode(into: &writer)
        writer.write(data.skipped)
        Topic.encode(topics, into: &writer)
        writer.write(topicOfUnit, packed: .values)
        writer.write(score)
        writer.write(shares != nil)
        if let shares { writer.write(shares) }
        writer.write(UInt32(autoScores.count))
        for score in autoScores {
            writer.write(score.k)
            writer.write(score.silhouette)
            writer.write(score.stability)
        }
        writer.write(inherited)
    }

    static func decode(from reader: inout ByteReader) throws -> TopicModel {
        let parameters = try TopicParameters.decode(from: &reader)
        let units = try TopicUnits.decode(from: &reader)
        let matrix = try TermMatrix.decode(from: &reader)
        let data = TopicData(units: units, matrix: matrix, skipped: try reader.readInt())
        let topics = try Topic.decode(from: &reader)
        let topicOfUnit = try reader.readInt32s(packed: .values)
        let score = try reader.readFloats()
        let shares = try reader.readBool() ? try reader.readFloats() : nil
        var autoScores: [AutoK.Score] = []
        for _ in 0..<(try reader.readCount()) {
            autoScores.append(AutoK.Score(k: try reader.readInt(), silhouette: try reader.readDouble(), stability: try reader.readDouble()))
        }
        let inherited = try reader.readInt()
        let n = units.count
        guard matrix.rows.rowCount == n, topicOfUnit.count == n, score.count == n,
              topicOfUnit.allSatisfy({ $0 >= 0 && Int($0) < topics.count }),
              shares.map({ $0.count == n * topics.count }) ?? true,
              topics.allSatisfy({ $0.examples.allSatisfy { $0 >= 0 && $0 < n } }) else {
            throw ByteReader.DecodingFailure("topic model arrays do not agree with its \(n) units")
        }
        return TopicModel(parameters: parameters, data: data, topics: topics, topicOfUnit: topicOfUnit, score: score,
                          shares: shares, autoScores: autoScores, inherited: inherited)
    }
}

extension TopicParameters {
    func encode(into writer: inout ByteWriter) {
        writer.write(k ?? -1)
        writer.write(autoRange.lowerBound)
        writer.write(autoRange.upperBound)
        writer.write(unit.rawValue)
        writer.write(Int64(bitPattern: seed))
        writer.write(method.rawValue)
        writer.write(features.minDF)
        writer.write(features.maxDF)
        writer.write(features.bigrams)
        writer.write(restarts)
    }

    static func decode(from reader: inout ByteReader) throws -> TopicParameters {
        var parameters = TopicParameters()
        let k = try reader.readInt()
        parameters.k = k < 0 ? nil : k
        let lower = try reader.readInt(), upper = try reader.readInt()
        guard lower <= upper else { throw ByteReader.DecodingFailure("topic k range \(lower)...\(upper)") }
        parameters.autoRange = lower...upper
        let unit = try reader.readString()
        guard let unitKind = TopicUnitKind(rawValue: unit) else { throw ByteReader.DecodingFailure("unknown topic unit '\(unit)'") }
        parameters.unit = unitKind
        parameters.seed = UInt64(bitPattern: try reader.readInt64())
        let method = try reader.readString()
        guard let topicMethod = TopicMethod(rawValue: method) else { throw ByteReader.DecodingFailure("unknown topic method '\(method)'") }
        parameters.method = topicMethod
        parameters.features.minDF = try reader.readInt()
        parameters.features.maxDF = try reader.readDouble()
        parameters.features.bigrams = try reader.readBool()
        parameters.restarts = try reader.readInt()
        return parameters
    }
}

extension TopicUnits {
    func encode(into writer: inout ByteWriter) {
        writer.write(kind.rawValue)
        writer.write(document, packed: .deltas)
        writer.write(start, packed: .deltas)
        writer.write(end, packed: .deltas)
        writer.write(firstToken, packed: .deltas)
        writer.write(endToken, packed: .deltas)
        writer.write(number, packed: .deltas)
        writer.write(speaker)
        writer.write(quoteKind)
    }

    static func decode(from reader: inout ByteReader) throws -> TopicUnits {
        let kindName = try reader.readString()
        guard let kind = TopicUnitKind(rawValue: kindName) else { throw ByteReader.DecodingFailure("unknown topic unit '\(kindName)'") }
        var units = TopicUnits(kind: kind)
        units.document = try reader.readInt32s(packed: .deltas)
        units.start = try reader.readInt32s(packed: .deltas)
        units.end = try reader.readInt32s(packed: .deltas)
        units.firstToken = try reader.readInt32s(packed: .deltas)
        units.endToken = try reader.readInt32s(packed: .deltas)
        units.number = try reader.readInt32s(packed: .deltas)
        units.speaker = try reader.readStrings()
        units.quoteKind = try reader.readStrings()
        let n = units.start.count
        guard [units.document.count, units.end.count, units.firstToken.count, units.endToken.count, units.number.count].allSatisfy({ $0 == n }),
              units.speaker.isEmpty || units.speaker.count == n, units.quoteKind.isEmpty || units.quoteKind.count == n else {
            throw ByteReader.DecodingFailure("topic unit arrays do not agree")
        }
        return units
    }
}

extension TermMatrix {
    func encode(into writer: inout ByteWriter) {
        writer.write(rows.rowStart, packed: .deltas)
        writer.write(rows.columns, packed: .values)
        writer.write(rows.values)
        writer.write(rows.columnCount)
        writer.write(counts)
        writer.write(first, packed: .values)
        writer.write(second, packed: .values)
        writer.write(documentFrequency, packed: .values)
    }

    static func decode(from reader: inout ByteReader) throws -> TermMatrix {
        var rows = SparseRows()
        rows.rowStart = try reader.readInt32s(packed: .deltas)
        rows.columns = try reader.readInt32s(packed: .values)
        rows.values = try reader.readFloats()
        rows.columnCount = try reader.readInt()
        let counts = try reader.readFloats()
        let first = try reader.readInt32s(packed: .values)
        let second = try reader.readInt32s(packed: .values)
        let documentFrequency = try reader.readInt32s(packed: .values)
        let nonZeros = rows.columns.count
        guard rows.rowStart.first == 0, rows.rowStart.last.map(Int.init) == nonZeros,
              zip(rows.rowStart, rows.rowStart.dropFirst()).allSatisfy({ $0 <= $1 }),
              rows.values.count == nonZeros, counts.count == nonZeros,
              rows.columns.allSatisfy({ $0 >= 0 && Int($0) < rows.columnCount }),
              first.count == rows.columnCount, second.count == rows.columnCount, documentFrequency.count == rows.columnCount else {
            throw ByteReader.DecodingFailure("topic term matrix arrays do not agree")
        }
        return TermMatrix(rows: rows, counts: counts, first: first, second: second, documentFrequency: documentFrequency)
    }
}

extension Topic {
    static func encode(_ topics: [Topic], into writer: inout ByteWriter) {
        writer.write(UInt32(topics.count))
        for topic in topics {
            writer.write(topic.id)
            writer.write(topic.size)
            writer.write(topic.label)
            TopicTerm.encode(topic.terms, into: &writer)
            writer.write(topic.examples, packed: .values)
            TopicTerm.encode(topic.signature, into: &writer)
        }
    }

    static func decode(from reader: inout ByteReader) throws -> [Topic] {
        var topics: [Topic] = []
        for _ in 0..<(try reader.readCount()) {
            topics.append(Topic(id: try reader.readInt(), size: try reader.readInt(), label: try reader.readString(),
                                terms: try TopicTerm.decode(from: &reader), examples: try reader.readInts(packed: .values),
                                signature: try TopicTerm.decode(from: &reader)))
        }
        return topics
    }
}

extension TopicTerm {
    static func encode(_ terms: [TopicTerm], into writer: inout ByteWriter) {
        writer.write(UInt32(terms.count))
        for term in terms {
            writer.write(term.text)
            writer.write(term.key)
            writer.write(term.weight)
        }
    }

    static func decode(from reader: inout ByteReader) throws -> [TopicTerm] {
        var terms: [TopicTerm] = []
        for _ in 0..<(try reader.readCount()) {
            terms.append(TopicTerm(text: try reader.readString(), key: try reader.readString(), weight: try reader.readDouble()))
        }
        return terms
    }
}
