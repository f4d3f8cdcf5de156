import GRDB

/// The `documents` table: each document's fields and text, by load position. Metadata is a
/// JSON object (keys sorted), readable by other tools and by PostgreSQL's `jsonb`.
enum WorkspaceDocuments {
    static func insert(_ documents: ArraySlice<Document>, from first: Int, in db: Database) throws {
        var rows = BatchInsert(into: "documents", columns: ["position", "id", "title", "date", "source", "text", "length", "metadata"])
        for (offset, document) in documents.enumerated() {
            let metadata = "{" + document.metadata.sorted { $0.key < $1.key }
                .map { JSONRenderer.quote($0.key) + ":" + JSONRenderer.quote($0.value) }.joined(separator: ",") + "}"
            try rows.add([first + offset, document.id, document.title, document.date, document.source,
                          document.text, document.length, metadata], in: db)
        }
        try rows.flush(in: db)
    }

    /// Every document, in load order, with its text left in the file: `texts` makes, from the
    /// documents' stored lengths, what reads them on first use (`StoredTexts`, via `texts`
    /// below). Columns are read by index, and the common empty metadata object is not parsed:
    /// reopening reads every document.
    static func read(_ db: Database, file: String, texts makeTexts: ([Int]) -> StoredTexts) throws -> [Document] {
        typealias Fields = (id: String, title: String?, date: String?, source: String, length: Int, metadata: [String: String])
        var fields: [Fields] = []
        if let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM documents") { fields.reserveCapacity(count) }
        let cursor = try Row.fetchCursor(db, sql: "SELECT position, id, title, date, source, length, metadata FROM documents ORDER BY position")
        while let row = try cursor.next() {
            let id: String = row[1]
            var metadata: [String: String] = [:]
            let json: String = row[6]
            if json != "{}" {
                var parser = JSONParser(bytes: Array(json.utf8))
                guard case .object(let object)? = try? parser.parseDocument() else {
                    throw WorkbenchError(.format, "workspace '\(file)': document '\(id)' has damaged metadata")
                }
                for member in object.members { metadata[member.key] = member.value.scalarText ?? "" }
            }
            let length: Int = row[5]
            guard length >= 0, row[0] as Int == fields.count else {
                throw WorkbenchError(.format, "workspace '\(file)': document '\(id)' does not match its stored length or position")
            }
            fields.append((id, row[2], row[3], row[4], length, metadata))
        }
        let texts = makeTexts(fields.map(\.length))
        return fields.enumerated().map { position, field in
            Document(id: field.id, title: field.title, date: field.date, source: field.source, length: field.length,
                     metadata: field.metadata, texts: texts, position: position)
        }
    }

    /// The texts of the first `count` documents, in load order (for `StoredTexts`).
    static func texts(count: Int, in db: Database) throws -> [String] {
        var texts: [String] = []
        texts.reserveCapacity(count)
        let cursor = try Row.fetchCursor(db, sql: "SELECT text FROM documents WHERE position < ? ORDER BY position", arguments: [count])
        while let row = try cursor.next() { texts.append(row[0]) }
        return texts
    }
}

/// SQLite errors as sentences a user can act on.
enum WorkspaceErrors {
    static func describe(_ error: any Error) -> String {
        if let error = error as? DatabaseError {
            switch error.resultCode {
            case .SQLITE_NOTADB: return "not a SQLite database"
            case .SQLITE_CORRUPT: return "the file is damaged (SQLite reports corruption)"
            case .SQLITE_FULL: return "the disk is full"
            case .SQLITE_READONLY: return "the file is read-only"
            case .SQLITE_CANTOPEN: return "cannot open the file"
            case .SQLITE_BUSY, .SQLITE_LOCKED: return "the file is locked by another program"
            default: return error.message ?? "\(error.resultCode)"
            }
        }
        if let error = error as? WorkbenchError { return error.message }
        return "\(error)"
    }
}
