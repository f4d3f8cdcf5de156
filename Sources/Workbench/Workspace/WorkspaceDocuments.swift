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

    /// Every document, in load order. Columns are read by index, and the common empty
    /// metadata object is not parsed: reopening reads every document.
    static func read(_ db: Database, file: String) throws -> [Document] {
        var documents: [Document] = []
        if let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM documents") { documents.reserveCapacity(count) }
        let cursor = try Row.fetchCursor(db, sql: "SELECT position, id, title, date, source, text, length, metadata FROM documents ORDER BY position")
        while let row = try cursor.next() {
            let id: String = row[1]
            let text: String = row[5]
            var metadata: [String: String] = [:]
            let json: String = row[7]
            if json != "{}" {
                var parser = JSONParser(bytes: Array(json.utf8))
                guard case .object(let object)? = try? parser.parseDocument() else {
                    throw WorkbenchError(.format, "workspace '\(file)': document '\(id)' has damaged metadata")
                }
                for member in object.members { metadata[member.key] = member.value.scalarText ?? "" }
            }
            let document = Document(id: id, title: row[2], date: row[3], source: row[4], text: text, metadata: metadata)
            guard document.length == row[6] as Int, row[0] as Int == documents.count else {
                throw WorkbenchError(.format, "workspace '\(file)': document '\(id)' does not match its stored length or position")
            }
            documents.append(document)
        }
        return documents
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
