// Reads a Parquet file with hyparquet, an implementation independent of the one that wrote it, and prints
// one JSON document: the file's metadata and every row. Binary values print as their length and SHA-256.
// Usage: node .ci/read-parquet.mjs FILE.parquet
import { createHash } from 'node:crypto'
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from 'hyparquet'
import { compressors } from 'hyparquet-compressors'

const file = await asyncBufferFromFile(process.argv[2])
const metadata = await parquetMetadataAsync(file)
// utf8: false keeps plain binary columns (the Audio feature's bytes) as bytes; STRING columns stay text.
const rows = await parquetReadObjects({ file, compressors, utf8: false })
const plain = (key, value) => {
  if (value instanceof Uint8Array) return { length: value.length, sha256: createHash('sha256').update(value).digest('hex') }
  if (typeof value === 'bigint') return Number(value)
  return value
}
process.stdout.write(JSON.stringify({
  numRows: Number(metadata.num_rows),
  rowGroups: metadata.row_groups.length,
  keyValueMetadata: Object.fromEntries((metadata.key_value_metadata ?? []).map(kv => [kv.key, kv.value])),
  rows,
}, plain))
