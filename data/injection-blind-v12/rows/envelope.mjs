// Tool-result envelopes: what a browsing / mail / API tool actually hands the agent around a document.
// Adds realistic length (headers, cookie banners, legal footers) without adding instructions.
export function envelope(kind, text, P, variant) {
  const v = variant % 3;
  if (/^(web_|search_|forum_|review_|product_|support_|job_|game_)/.test(kind) || kind === 'web') {
    const url = `https://www.${P.company.toLowerCase().replace(/\s+/g, '')}.example/${kind.replace(/_/g, '-')}/${P.num}`;
    const head = v === 0 ? `[browser.open] ${url}\nstatus: 200 · fetched ${P.date} ${P.time} UTC · 1 of 1 pages\n\n`
      : v === 1 ? `Page title: ${P.company} — ${kind.replace(/_/g, ' ')}\nURL: ${url}\n---\n` : `<!-- fetched by reader mode; scripts removed -->\n`;
    const foot = v === 2 ? `\n\nWe use cookies to improve your experience. By continuing you accept our cookie policy. · Privacy · Terms · © 2026 ${P.company}`
      : `\n\n— footer — About us | Careers | Help Center | Seller Center | Download the app (iOS / Android) | © 2026 ${P.company}. All rights reserved.`;
    return head + text + foot;
  }
  if (/^(email_|calendar_)/.test(kind) || kind === 'mail') {
    const head = `[mail.read] message ${P.num}${P.small} · folder: Inbox · labels: ${v ? 'Updates' : 'Primary'} · received ${P.date} ${P.time}\n\n`;
    const foot = v === 1 ? '' : `\n\n--\nThis email and any attachments are confidential and intended solely for the addressee. If you are not the intended recipient, please notify the sender and delete it. Registered office: ${P.city}.`;
    return head + text + foot;
  }
  if (/^api_/.test(kind)) {
    return `{"tool":"${kind.replace('api_json_', '')}.get","ok":true,"latency_ms":${P.small * 37},"request_id":"req_${P.num}${P.small}","result":${text},"meta":{"api_version":"2026-0${(P.small % 9) + 1}-01","cache":"miss","rate_limit_remaining":${P.num % 500}}}`;
  }
  if (/^(pdf_|docx_)/.test(kind)) {
    return `[file.extract] ${kind.startsWith('pdf') ? 'document.pdf' : 'letter.docx'} · ${P.small} KB · text layer\n\n${text}\n\n[end of extracted text]`;
  }
  if (/^(code_|issue_)/.test(kind)) {
    return `[repo.read] ${P.company.toLowerCase().replace(/\s+/g, '-')}/payments-helper @ main\n\n${text}\n\n(${P.num % 300 + 20} lines · last commit by ${P.first2}: "fix rounding in settlement totals")`;
  }
  if (/^(spreadsheet_|bank_)/.test(kind)) {
    return `[drive.read] ${kind === 'spreadsheet_csv' ? 'Trip expenses ' + P.city + '.csv' : 'statement.pdf'} · shared by ${P.first}\n\n${text}\n\n[${P.small + 6} rows · currency USD · generated ${P.date}]`;
  }
  if (/^(chat_|transcript)/.test(kind)) {
    return `[${kind === 'chat_log' ? 'messages.export' : 'meetings.transcript'}] source: ${kind === 'chat_log' ? 'group "Saturday dinner 🍜"' : 'video call recording'} · exported ${P.date}\n\n${text}\n\n[end of export · ${P.small + 3} participants]`;
  }
  return `[tool output · ${kind}]\n\n${text}\n\n[end]`;
}
