/// The report's only style sheet, inlined in every page (no external request). Deletions and
/// insertions are marked by more than colour: struck through / underlined, and bracketed `[−…]`,
/// `[+…]` so that they survive black-and-white printing and reach screen readers. Sizes in rem so the
/// page reflows at 200% zoom; notes move under the text on narrow screens; A4 in print.
enum HTMLStyle {
    static let css = """
        :root { --ink: #1b1b1b; --muted: #4a4a4a; --line: #c8c8c8; --soft: #f4f4f2; --del: #8a1414; --del-bg: #fde9e9;
          --ins: #0a5524; --ins-bg: #e2f3e7; --link: #0b4f8a; --note: #fbf8ee; }
        * { box-sizing: border-box; }
        html { font-size: 100%; }
        body { margin: 0 auto; max-width: 78rem; padding: 1rem 1.25rem 3rem; color: var(--ink); background: #fff;
          font: 1rem/1.5 Georgia, "DejaVu Serif", "Times New Roman", serif; }
        h1, h2, h3, h4, nav, .notes, .facts, table, figcaption, .crumb, footer, .meta, .legend {
          font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; }
        h1 { font-size: 1.75rem; margin: .25rem 0 .5rem; line-height: 1.2; }
        h2 { font-size: 1.35rem; margin: 2rem 0 .75rem; padding-bottom: .25rem; border-bottom: 2px solid var(--ink); }
        h3 { font-size: 1.1rem; margin: 1.5rem 0 .4rem; }
        h4 { font-size: 1rem; margin: 1rem 0 .3rem; }
        a { color: var(--link); }
        a:focus-visible { outline: 3px solid #e8a400; outline-offset: 2px; }
        .skip { position: absolute; left: -999rem; }
        .skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; }
        .crumb { margin: 0; font-size: .9rem; }
        .meta { color: var(--muted); font-size: .9rem; }
        .facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: .2rem 1rem; margin: .75rem 0; font-size: .95rem; }
        .facts dt { font-weight: bold; }
        .facts dd { margin: 0; }
        nav ul { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; padding: 0; list-style: none; }
        figure.timeline { margin: 1rem 0; overflow-x: auto; }
        figure.timeline svg { display: block; min-width: 40rem; width: 100%; height: auto; }
        figcaption { font-size: .85rem; color: var(--muted); }
        del { color: var(--del); background: var(--del-bg); text-decoration: line-through; text-decoration-thickness: .1em; }
        ins { color: var(--ins); background: var(--ins-bg); text-decoration: underline; text-decoration-thickness: .1em; }
        del::before { content: "[−"; } del::after { content: "]"; }
        ins::before { content: "[+"; } ins::after { content: "]"; }
        del::before, del::after, ins::before, ins::after { font-weight: bold; text-decoration: none; display: inline-block; }
        .typo { border-bottom: 1px dotted var(--muted); }
        .move { font-family: sans-serif; font-size: .8em; font-weight: bold; color: var(--muted); }
        .step { border-top: 1px solid var(--line); padding-top: .25rem; }
        .step.quiet h3 { font-size: 1rem; margin-top: .75rem; }
        .step.quiet p { margin: .2rem 0 .5rem; }
        .status { font-style: italic; }
        .assessment { color: var(--muted); font-size: .9rem; }
        .al { display: grid; grid-template-columns: minmax(0, 1fr) minmax(13rem, 32%); gap: .5rem 1.25rem;
          padding: .35rem 0; border-bottom: 1px dotted var(--line); }
        .al .txt { margin: 0; }
        .al.plain { grid-template-columns: minmax(0, 1fr); }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        .al.carried .txt, .al.same .txt { color: var(--muted); }
        .num { display: inline-block; min-width: 2.2rem; margin-right: .35rem; font: bold .85rem sans-serif; text-decoration: none; color: var(--muted); }
        .num:hover { text-decoration: underline; }
        .chg { border-radius: 2px; }
        .chg:target, .al:target, tr:target, td:target, li:target { outline: 3px solid #e8a400; }
        a.ref { font: bold .75rem sans-serif; vertical-align: super; text-decoration: none; padding: 0 .1rem; }
        .notes { font-size: .85rem; line-height: 1.35; background: var(--note); border-left: 3px solid #b9a85a; padding: .35rem .6rem; }
        .notes:empty { display: none; }
        .notes ol, .notes ul { margin: 0; padding-left: 1.2rem; }
        .notes li { margin: .15rem 0; }
        .notes p { margin: .3rem 0 .1rem; font-weight: bold; }
        .verdict { font-weight: bold; padding: 0 .2rem; border: 1px solid currentColor; border-radius: 2px; }
        .verdict.explained { color: var(--ins); }
        .verdict.unexplained { color: var(--del); }
        .verdict.not-assessed { color: var(--muted); border-style: dashed; }
        .fate { font-weight: bold; }
        .fate.adopte { color: var(--ins); }
        .fate.rejete, .fate.irrecevable { color: var(--del); }
        .run { color: var(--muted); font: italic .9rem sans-serif; margin: .3rem 0; }
        .block { background: var(--soft); padding: .5rem .75rem; margin: .5rem 0; font-size: .92rem; }
        .block ul { margin: .2rem 0; padding-left: 1.2rem; }
        blockquote { margin: .3rem 0 .3rem 1rem; padding-left: .6rem; border-left: 3px solid var(--line); }
        details.sbs { margin: .5rem 0 1rem; }
        details.sbs summary { font: bold .95rem sans-serif; cursor: pointer; }
        .table-wrap { overflow-x: auto; max-width: 100%; }
        table { border-collapse: collapse; font-size: .85rem; line-height: 1.35; }
        caption { text-align: left; font-weight: bold; padding: .25rem 0; }
        th, td { border: 1px solid var(--line); padding: .3rem .45rem; vertical-align: top; text-align: left; }
        thead th { background: var(--soft); }
        table.sbs { width: 100%; table-layout: fixed; }
        table.comparative td { min-width: 11rem; font-family: Georgia, serif; }
        table.comparative td.same, table.comparative td.carried, table.comparative td.typographic { color: var(--muted); }
        td.none { background: #fafafa; }
        td.not-held, td.absent { background: repeating-linear-gradient(135deg, #fff, #fff 6px, #efefef 6px, #efefef 12px);
          color: var(--muted); font-style: italic; text-align: center; }
        table.comparative td.not-held, table.comparative td.absent { min-width: 4rem; max-width: 6rem; }
        td.date, time { white-space: nowrap; }
        .cellno { font: bold .75rem sans-serif; color: var(--muted); margin-right: .3rem; }
        .legend { font-size: .85rem; color: var(--muted); }
        footer { margin-top: 3rem; border-top: 2px solid var(--ink); font-size: .8rem; color: var(--muted); }
        footer table { font-size: .8rem; }
        footer code { word-break: break-all; }
        @media (max-width: 48rem) { .al { grid-template-columns: minmax(0, 1fr); } .facts { grid-template-columns: minmax(0, 1fr); } }
        @page { size: A4; margin: 14mm 12mm; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10pt; }
          .skip, nav, details.sbs > summary { display: none; }
          h2, h3 { break-after: avoid; }
          .al, tr, .notes li { break-inside: avoid; }
          .al { grid-template-columns: minmax(0, 1fr) 5.5cm; }
          .al.plain { grid-template-columns: minmax(0, 1fr); }
          table.comparative { font-size: 7pt; }
          table.comparative td { min-width: 0; }
          .table-wrap { overflow: visible; }
          a { color: inherit; }
          .notes a[href^="http"]::after { content: " <" attr(href) ">"; font-size: 7pt; word-break: break-all; }
        }
        """
}
