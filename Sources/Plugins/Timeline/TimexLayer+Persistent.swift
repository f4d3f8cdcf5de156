import Workbench

/// The time expressions in a workspace: per document (by id) its timexes (span, type,
/// value, modifier, days as day numbers, sentence, explicitness), problems and reference.
extension TimexLayer: PersistentPayload {
    static let codecName = "timeline.times"
    static let codecVersion = 1

    func encode(into writer: inout ByteWriter) {
        writer.write(UInt32(documents.count))
        for (id, document) in documents.sorted(by: { $0.key < $1.key }) {
            writer.write(id)
            writer.write(UInt32(document.timexes.count))
            for timex in document.timexes {
                writer.write(timex.start)
                writer.write(timex.end)
                writer.write(timex.type.rawValue)
                writer.write(timex.value)
                writer.write(timex.mod)
                writer.write(timex.interval != nil)
                if let interval = timex.interval {
                    for day in [interval.from, interval.to] {
                        writer.write(day.year)
                        writer.write(day.month)
                        writer.write(day.day)
                    }
                }
                writer.write(timex.sentence)
                writer.write(timex.explicit)
            }
            writer.write(UInt32(document.problems.count))
            for problem in document.problems {
                writer.write(problem.start)
                writer.write(problem.end)
                writer.write(problem.message)
            }
            writer.write(document.reference)
            writer.write(document.referenceSource)
            writer.write(document.datelineEnd ?? -1)
        }
    }

    static func decode(from reader: inout ByteReader) throws -> TimexLayer {
        var documents: [String: DocumentTimexes] = [:]
        for _ in 0..<(try reader.readCount()) {
            let id = try reader.readString()
            var document = DocumentTimexes()
            for _ in 0..<(try reader.readCount()) {
                let start = try reader.readInt(), end = try reader.readInt()
                let typeName = try reader.readString()
                guard let type = TimexType(rawValue: typeName) else { throw ByteReader.DecodingFailure("unknown TIMEX3 type '\(typeName)'") }
                let value = try reader.readString()
                let mod = try reader.readOptionalString()
                var interval: DayInterval?
                if try reader.readBool() {
                    let from = CalendarDay(try reader.readInt(), try reader.readInt(), try reader.readInt())
                    let to = CalendarDay(try reader.readInt(), try reader.readInt(), try reader.readInt())
                    interval = DayInterval(from, to)
                }
                document.timexes.append(TimexRecord(start: start, end: end, type: type, value: value, mod: mod, interval: interval,
                                                    sentence: try reader.readInt(), explicit: try reader.readBool()))
            }
            for _ in 0..<(try reader.readCount()) {
                let start = try reader.readInt(), end = try reader.readInt()
                document.problems.append((start, end, try reader.readString()))
            }
            document.reference = try reader.readOptionalString()
            document.referenceSource = try reader.readOptionalString()
            let datelineEnd = try reader.readInt()
            document.datelineEnd = datelineEnd < 0 ? nil : datelineEnd
            documents[id] = document
        }
        return TimexLayer(documents: documents)
    }
}
