/// A layer payload that can be kept in a workspace: encoded to a compact, versioned,
/// little-endian blob (`ByteWriter`) and decoded back. A payload that is not persistent, or
/// whose blob has an unknown codec or version, makes its layer stale on reopen: it is
/// recomputed when asked for, never a crash.
public protocol PersistentPayload: LayerPayload {
    /// Names the format in the workspace (`tokens`, `timeline.times`); unique among payloads.
    static var codecName: String { get }
    /// Bumped when the encoding changes; blobs of another version are not decoded.
    static var codecVersion: Int { get }
    func encode(into writer: inout ByteWriter)
    static func decode(from reader: inout ByteReader) throws -> Self
}

extension PersistentPayload {
    /// Decodes through the protocol, for codecs found by name.
    static func decodePayload(from reader: inout ByteReader) throws -> any LayerPayload {
        try decode(from: &reader)
    }
}

/// The payload types a workbench can read back, by codec name: the core's and every
/// plugin's (`Plugin.payloadTypes`).
public struct PayloadCodecs: Sendable {
    private var types: [String: any PersistentPayload.Type] = [:]

    public init(_ types: [any PersistentPayload.Type] = []) {
        for type in types { self.types[type.codecName] = type }
    }

    /// The codec name, version and blob of a payload; nil when it cannot be persisted.
    static func encode(_ payload: any LayerPayload) -> (name: String, version: Int, bytes: [UInt8])? {
        guard let persistent = payload as? any PersistentPayload else { return nil }
        var writer = ByteWriter()
        persistent.encode(into: &writer)
        return (type(of: persistent).codecName, type(of: persistent).codecVersion, writer.bytes)
    }

    /// The payload from a blob, or why not (unknown codec, other version, damaged blob).
    func decode(name: String, version: Int, bytes: [UInt8]) -> Result<any LayerPayload, ByteReader.DecodingFailure> {
        guard let type = types[name] else { return .failure(.init("no payload codec '\(name)' in this wb")) }
        guard type.codecVersion == version else {
            return .failure(.init("payload '\(name)' is version \(version), this wb reads version \(type.codecVersion)"))
        }
        var reader = ByteReader(bytes)
        do {
            let payload = try type.decodePayload(from: &reader)
            guard reader.isAtEnd else { return .failure(.init("payload '\(name)' has bytes left over")) }
            return .success(payload)
        } catch let failure as ByteReader.DecodingFailure {
            return .failure(failure)
        } catch {
            return .failure(.init("\(error)"))
        }
    }
}
