/**
 * Reading an exported PPTX back with Info-ZIP's `unzip` (a reader independent of the library that
 * wrote it): its entries, and the text and attributes of its XML parts.
 */
import type { Buffer } from 'node:buffer'
import { execFileSync } from 'node:child_process'
import { decodeXml } from './pdf'

export function zipEntries(file: string): string[] {
  return execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).trim().split('\n')
}

export function zipEntry(file: string, entry: string): Buffer {
  return execFileSync('unzip', ['-p', file, entry], { maxBuffer: 64 * 1024 * 1024 })
}

/** The text runs (`<a:t>`) of a DrawingML part, decoded, joined by spaces. */
export function xmlText(xml: string): string {
  return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map(match => decodeXml(match[1]!)).join(' ')
}

/** The relationship targets of a part's .rels file. */
export function relationshipTargets(xml: string): string[] {
  return [...xml.matchAll(/Target="([^"]*)"/g)].map(match => match[1]!)
}

/** Width and height of a PNG, read from its IHDR chunk. */
export function pngSize(png: Buffer): { width: number, height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }
}
