// Where the normalised text's characters came from, for the formats whose files can be
// written back into: the Word document's w:t elements, the PDF's text items. Built only when
// asked for (annotating); the analysis never needs it.
import type { DocxPositions } from "./docx.ts";
import type { DocxTextElement } from "./docx-runs.ts";
import type { PdfPagePositions } from "./pdf.ts";
import { TextMap } from "./text-map.ts";
import type { PageRange } from "../types.ts";

/** One w:t element of a part that was read, in the order of the text. */
export interface DocxPiece {
  /** Index into `DocxPositions.parts`. */
  part: number;
  element: DocxTextElement;
}

export interface DocxSource {
  format: "docx";
  docx: DocxPositions;
  pieces: DocxPiece[];
  /** From the whole normalised text to `pieces`. */
  map: TextMap;
}

export interface PdfSourcePage extends PdfPagePositions {
  page: number;
  /** From the page's stretch of the normalised text to its `items`; null for a page without text. */
  map: TextMap | null;
}

export interface PdfSource {
  format: "pdf";
  pages: PdfSourcePage[];
}

export type DocumentSourceMap = DocxSource | PdfSource;

export function docxSource(text: string, docx: DocxPositions): DocxSource {
  const pieces: DocxPiece[] = [];
  docx.parts.forEach((part, index) => {
    for (const element of part.runs.texts) pieces.push({ part: index, element });
  });
  return { format: "docx", docx, pieces, map: new TextMap(text, pieces.map((piece) => piece.element.text)) };
}

export function pdfSource(text: string, ranges: readonly PageRange[], pages: readonly PdfPagePositions[]): PdfSource {
  return {
    format: "pdf",
    pages: pages.map((positions, index) => {
      const range = ranges[index];
      const map =
        range && range.end > range.start
          ? new TextMap(
              text.slice(range.start, range.end),
              positions.items.map((item) => item.str),
              range.start,
            )
          : null;
      return { ...positions, page: index + 1, map };
    }),
  };
}
