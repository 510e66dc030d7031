/**
 * What injected markup would leave in a rendered page, read from the live DOM
 * in the browser (after any script ran), not from the HTML file.
 */
import type { Page } from "playwright-core";

export interface DomAudit {
  /** Scripts that are not the site's own bundles: inline ones, or from elsewhere. */
  foreignScripts: string[];
  /** Elements carrying an event-handler attribute (onerror, onclick...). */
  handlerAttributes: string[];
  /** Attributes whose value is a javascript: URL, however spelt. */
  javascriptUrls: string[];
  /** Elements the minutes sanitiser never lets through, found in the indexed item region. */
  strayElements: string[];
}

export function auditDom(page: Page, scriptPrefix: string): Promise<DomAudit> {
  return page.evaluate((prefix) => {
    const all = [...document.querySelectorAll("*")];
    const describe = (element: Element, detail: string): string => `<${element.localName}> ${detail}`;
    const foreignScripts = [...document.scripts]
      .filter((script) => !(script.getAttribute("src") ?? "").startsWith(prefix) || script.textContent.trim() !== "")
      .map((script) => describe(script, script.getAttribute("src") ?? script.textContent.slice(0, 80)));
    const handlerAttributes = all.flatMap((element) =>
      [...element.attributes]
        .filter((attribute) => /^on/i.test(attribute.name))
        .map((attribute) => describe(element, attribute.name)),
    );
    // Browsers ignore ASCII whitespace and control characters inside a scheme ("java\tscript:").
    const isJavascriptUrl = (value: string): boolean =>
      /^javascript:/i.test([...value].filter((character) => character.charCodeAt(0) > 0x20).join(""));
    const javascriptUrls = all.flatMap((element) =>
      [...element.attributes]
        .filter((attribute) => isJavascriptUrl(attribute.value))
        .map((attribute) => describe(element, `${attribute.name}="${attribute.value}"`)),
    );
    const region = document.querySelector("[data-pagefind-body]");
    const strayElements = [
      ...(region?.querySelectorAll(
        "script, style, iframe, frame, object, embed, img, svg, math, base, link, meta, form, textarea",
      ) ?? []),
    ].map((element) => describe(element, element.outerHTML.slice(0, 80)));
    return { foreignScripts, handlerAttributes, javascriptUrls, strayElements };
  }, scriptPrefix);
}
