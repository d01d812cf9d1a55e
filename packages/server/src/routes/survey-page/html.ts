/** HTML escaping: every piece of free text on the survey page goes through `esc`. */
export function esc(s: string | number): string {
  return String(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Styles inline in the page (allowed by the CSP; no script anywhere). Kept small: the page is < 20 KB. */
const CSS = `
*{box-sizing:border-box}body{margin:0;font:17px/1.5 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:#1a1a1a;background:#f4f5f7}
main{max-width:40rem;margin:0 auto;padding:1.25rem}header p{margin:.25rem 0 0;color:#4a4a4a;font-size:.9rem}
h1{font-size:1.2rem;margin:0}header p.brand{margin:0 0 .15rem;font-weight:600;color:#1f4fd1;font-size:.85rem}.card{background:#fff;border-radius:.75rem;padding:1.25rem;margin-top:1rem;box-shadow:0 1px 3px #0002}
fieldset{border:0;margin:0;padding:0}legend{font-size:1.15rem;font-weight:600;margin-bottom:.75rem;padding:0}
.scale{display:flex;flex-wrap:wrap;gap:.4rem}.scale label{flex:1 0 2.6rem;text-align:center}
.opt input{position:absolute;opacity:0;width:1px;height:1px}.opt span{display:block;border:2px solid #5a6170;border-radius:.5rem;padding:.55rem .4rem;cursor:pointer;background:#fff}
.opt input:checked+span{background:#1f4fd1;border-color:#1f4fd1;color:#fff}.opt input:focus-visible+span{outline:3px solid #f5b400;outline-offset:2px}
.list label{display:block;margin:.4rem 0}.ends{display:flex;justify-content:space-between;color:#4a4a4a;font-size:.85rem;margin-top:.35rem}
textarea,input[type=text],input[type=email]{width:100%;font:inherit;padding:.6rem;border:2px solid #5a6170;border-radius:.5rem}
textarea:focus,input:focus{outline:3px solid #f5b400;outline-offset:1px}
.actions{display:flex;flex-wrap:wrap;gap:.6rem;margin-top:1.1rem}button{font:inherit;border-radius:.5rem;padding:.6rem 1.1rem;cursor:pointer;border:2px solid #1f4fd1}
button.primary{background:#1f4fd1;color:#fff}button.secondary{background:#fff;color:#1f4fd1}button:focus-visible{outline:3px solid #f5b400;outline-offset:2px}
.error{color:#a4001d;font-weight:600;margin:.5rem 0}.reaction{margin:0 0 1rem;padding:.6rem .8rem;border-left:4px solid #1f4fd1;background:#eef2fc;border-radius:.25rem}.muted{color:#4a4a4a;font-size:.9rem}.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media (max-width:30rem){.scale label{flex-basis:2.4rem}main{padding:.75rem}}
`;

export function page(opts: {
  lang: string;
  title: string;
  heading: string;
  subheading?: string | undefined;
  /** Who is asking (the workspace's name), above the survey's name. */
  brand?: string | undefined;
  body: string;
}): string {
  return `<!doctype html><html lang="${esc(opts.lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(opts.title)}</title><meta name="robots" content="noindex"><style>${CSS}</style></head>
<body><main><header>${opts.brand ? `<p class="brand">${esc(opts.brand)}</p>` : ''}<h1>${esc(opts.heading)}</h1>${opts.subheading ? `<p>${esc(opts.subheading)}</p>` : ''}</header>
<div class="card">${opts.body}</div></main></body></html>`;
}
