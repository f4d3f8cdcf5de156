import Foundation

/// The package root, found from this file's path, so tests read the seed and fixtures
/// wherever the clone is.
public let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The bundled example article.
public let seedPath = packageRoot.appendingPathComponent("seeds/000_4c1ae4e712800ec5.txt").path
