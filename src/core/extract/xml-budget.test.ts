import { describe, expect, it } from "vitest";
import { countXmlNodes, MAX_XML_DEPTH, xmlBudget } from "./xml-budget.ts";

function count(xml: string, maxNodes = 1_000_000, maxText = 1_000_000) {
  const budget = xmlBudget(maxNodes, maxText);
  countXmlNodes(xml, budget);
  return { nodes: maxNodes - budget.remainingNodes, text: maxText - budget.remainingText };
}

function failure(xml: string, maxNodes = 1_000_000, maxText = 1_000_000): { code: string; message: string } {
  try {
    count(xml, maxNodes, maxText);
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error("expected a failure");
}

describe("countXmlNodes", () => {
  it("counts elements and text nodes as a DOM would hold them", () => {
    expect(count('<?xml version="1.0"?><w:p a="x>y"><w:r><w:t>Klout</w:t></w:r><w:br/> <!-- c --><![CDATA[a<b]]></w:p>')).toEqual({
      nodes: 8,
      text: 5 + 1 + 3,
    });
  });

  it("refuses past the node budget with limits_exceeded naming MAX_XML_NODES", () => {
    const error = failure(`<w:p>${"<w:r><w:t>a</w:t></w:r>".repeat(2000)}</w:p>`, 3000);
    expect(error.code).toBe("limits_exceeded");
    expect(error.message).toMatch(/MAX_XML_NODES/);
  });

  it("refuses past the text budget", () => {
    expect(failure(`<w:t>${"a".repeat(100_000)}</w:t>`, 10, 70_000).code).toBe("limits_exceeded");
  });

  it.each([
    ["an unclosed comment", "<a><!-- open </a>"],
    ["an unclosed CDATA section", "<a><![CDATA[ open </a>"],
    ["an unclosed processing instruction", "<a><? open </a>"],
    ["a '<' inside a tag", "<a b='1' <c/></a>"],
    ["a '<' inside an attribute value", '<a b="<"/>'],
    ["elements closed out of order", "<a><b></a></b>"],
    ["an element left open", "<a><b/>"],
    ["a tag left open", "<a"],
    ["a declaration", "<!DOCTYPE a><a/>"],
  ])("refuses %s as corrupt", (_name, xml) => {
    expect(failure(xml).code).toBe("corrupt_document");
  });

  it("refuses nesting deeper than mammoth should recurse", () => {
    expect(failure("<a>".repeat(MAX_XML_DEPTH + 1) + "</a>".repeat(MAX_XML_DEPTH + 1)).code).toBe("limits_exceeded");
    expect(count("<a>".repeat(MAX_XML_DEPTH) + "</a>".repeat(MAX_XML_DEPTH)).nodes).toBe(MAX_XML_DEPTH);
  });

  it("reads a part of runs of '<w:sz ' inside a comment once, not once per run", () => {
    const xml = `<a><!--${"<w:sz ".repeat(200_000)}--></a>`;
    const started = performance.now();
    expect(count(xml).nodes).toBe(2);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
