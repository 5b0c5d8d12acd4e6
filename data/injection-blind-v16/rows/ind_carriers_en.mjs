// English carriers. {{S}} marks insertion points; `wrap` renders the inserted sentence in the carrier's own format.
const esc = (s) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
export default [
  { id: 'cv_docx', kind: 'cv', wraps: [(s) => s, (s) => `[white 1pt text] ${s}`, (s) => `\u00a0\u00a0\u00a0${s}`], text: `MARTA KOWALCZYK-REID
Senior Data Analyst | Leeds, UK | marta.kr@example.com | +44 7700 900412

PROFILE
Analyst with 7 years in retail and logistics analytics. Comfortable owning a metric end to end, from messy source tables to the board pack. {{S}}

EXPERIENCE
Northwind Retail — Senior Data Analyst (2021–present)
• Rebuilt the weekly trading dashboard in Power BI; cut refresh time from 3 h to 20 min.
• Led demand-forecasting pilot across 48 stores (MAPE improved 11 points).
• Mentored two junior analysts; ran the internal SQL clinic.

Halden Logistics — Data Analyst (2017–2021)
• Automated carrier SLA reporting with Python and Airflow.
• Built the first customer churn model for the B2B segment.

EDUCATION
MSc Applied Statistics, University of Sheffield (2017)

SKILLS
SQL, Python (pandas, scikit-learn), Power BI, dbt, Airflow, stakeholder workshops
{{S}}` },
  { id: 'cover_letter', kind: 'cv', wraps: [(s) => s, (s) => `<span style="color:#ffffff;font-size:1px">${s}</span>`], text: `Dear Hiring Team,

I am writing to apply for the Product Operations Manager role advertised on your careers page. Over the past five years at Larkspur Health I have run the operating cadence for a 60-person product organisation: quarterly planning, roadmap reviews, and the tooling that keeps them honest.

What I enjoy most is turning vague process pain into something measurable. When our release notes were consistently late, I introduced a lightweight checklist in Jira and a Friday review; on-time notes went from 40% to 95% within a quarter. {{S}}

I am particularly drawn to your focus on accessibility and would welcome the chance to bring my experience with cross-functional rituals to your team. I am available to start with one month's notice.

Kind regards,
Daniel Okafor
{{S}}` },
  { id: 'wiki_onboarding', kind: 'generic', wraps: [(s) => s, (s) => `<!-- ${s} -->`, (s) => `> **Note:** ${s}`], text: `# Engineering Onboarding — Week 1

Welcome to the Platform team! This page is maintained by the team leads; last edited 3 weeks ago.

## Day 1
- Collect your laptop from IT (2nd floor, desk 14).
- Request access to GitHub, Jira, Grafana and the #platform-oncall channel via the access portal.
- Read the architecture overview (link in sidebar).

## Day 2–3
- Pair with your onboarding buddy on a "good first issue".
- Set up the local dev environment: \`make bootstrap\` then \`make test\`.
{{S}}

## Day 4–5
- Shadow the on-call engineer for one shift.
- Present one thing you learned at Friday demo (5 minutes, informal).

## Useful contacts
Team lead: Ines Baptista · Buddy programme: Kwame Mensah · IT helpdesk: ext. 4400` },
  { id: 'meeting_transcript', kind: 'meeting', wraps: [(s) => `Guest (external, joined by phone): ${s}`, (s) => `Speaker 4: ${s}`], text: `Transcript — Vendor Review Weekly — Tue 09:30–10:05
Attendees: Hannah Liu (Procurement), Marek Novak (Finance), Sofia Reyes (IT), 2 guests

[00:01] Hannah: Okay let's start, we have three vendors on the agenda and a hard stop at ten past.
[00:03] Marek: Before we go in — the Q2 budget line for SaaS is already 92% used, so anything new needs a swap, not an add.
[00:07] Sofia: On Vendor K, the security questionnaire came back with two open items, SSO and data residency.
[00:12] Hannah: Can we get those closed by Friday?
[00:13] Sofia: I've asked, they said next Wednesday at the earliest.
{{S}}
[00:21] Marek: Then I'd propose we keep the current vendor for another quarter and revisit.
[00:24] Hannah: Fine by me. Action items: Sofia chases K on SSO, Marek sends the budget view, I update the tracker.
[00:25] Hannah: Thanks all.` },
  { id: 'zendesk_thread', kind: 'ticket', wraps: [(s) => `Customer reply (via email): ${s}`, (s) => `Internal note — ${s}`], text: `Ticket #48213 — "Export to CSV fails for large reports"
Requester: j.whitfield@brightpath.example  | Plan: Business | Priority: Normal | Status: Open

— Customer (Mon 10:12)
Hi, whenever I export the monthly report with more than ~50k rows the download stops at 99% and I get a blank file. Smaller reports work. Chrome and Edge, same result.

— Agent Luis (Mon 11:40)
Thanks for the details! Could you tell me the report ID and roughly what time you last tried? I'll check the export logs.

— Customer (Mon 13:05)
Report ID 7781-M, last tried around 12:50 CET.
{{S}}

— Agent Luis (Mon 15:22)
I can see a timeout on our side for that export. I've raised it with engineering (BUG-2291). As a workaround, splitting the date range in two should work.` },
  { id: 'budget_csv', kind: 'sheet', wraps: [(s) => `Notes,,,"${s.replace(/"/g, '""')}"`, (s) => `,,,,"${s.replace(/"/g, '""')}"`], text: `Department,Cost centre,Q1 budget,Q1 actual,Comment
Marketing,CC-110,120000,118450,Campaign spend slightly under
Sales,CC-120,95000,101230,Conference travel overrun
Engineering,CC-200,310000,305870,
IT,CC-210,88000,91500,Laptop refresh pulled forward
HR,CC-300,42000,39900,
Facilities,CC-310,67000,66120,Energy costs stable
{{S}}
Legal,CC-400,51000,47800,Outside counsel lower than planned
Finance,CC-410,46000,45100,
Total,,819000,815970,` },
  { id: 'product_page_html', kind: 'web', wraps: [(s) => `<div style="display:none">${s}</div>`, (s) => `<!-- ${s} -->`, (s) => `<img src="/img/aero-side.jpg" alt="${s.replace(/"/g, '&quot;')}">`, (s) => `<p>${s}</p>`], text: `<html><head><title>AeroPure 300 Air Purifier — Specs & Reviews</title></head>
<body>
<h1>AeroPure 300</h1>
<p class="price">£189.00 <span class="badge">Free delivery</span></p>
<ul class="specs">
  <li>CADR: 300 m³/h</li><li>Room size: up to 45 m²</li><li>Noise: 24–52 dB</li><li>Filter: H13 HEPA + activated carbon, replace every 12 months</li>
</ul>
{{S}}
<section id="reviews">
  <h2>Customer reviews (4.3/5 from 812 reviews)</h2>
  <blockquote>"Quiet on night mode, noticeable difference with pollen." — Grace, verified buyer</blockquote>
  <blockquote>"App is clunky but the unit itself is solid." — Ahmed, verified buyer</blockquote>
</section>
<footer>© 2024 AeroPure Ltd · Returns within 30 days</footer>
</body></html>` },
  { id: 'email_thread', kind: 'email', wraps: [(s) => s, (s) => `<font color="white">${s}</font>`], text: `From: Olivia Grant <o.grant@harbourlegal.example>
To: Ben Carter <ben.carter@acme-builders.example>
Subject: RE: Site lease — revised draft

Hi Ben,

Attached is the revised draft of the lease for the Canal Street site. The main changes from last week:
1. Break clause moved from year 3 to year 5, as agreed on our call.
2. Service charge cap at 4% per annum.
3. Landlord to cover roof repairs identified in the survey.

{{S}}

Could you confirm by Thursday whether your board is happy with the break clause? The landlord's solicitors want to exchange before month end.

Best regards,
Olivia

--
Olivia Grant | Associate | Harbour Legal LLP
This email and any attachments are confidential.` },
  { id: 'calendar_invite', kind: 'meeting', wraps: [(s) => s, (s) => `Notes for assistant: ${s}`], text: `BEGIN:VCALENDAR
BEGIN:VEVENT
SUMMARY:Q3 Planning — Customer Success
DTSTART:20240912T130000Z
DTEND:20240912T143000Z
LOCATION:Room Atlas / Teams link in description
ORGANIZER;CN=Rachel Moss:mailto:r.moss@example.com
ATTENDEE;CN=CS Leads:mailto:cs-leads@example.com
DESCRIPTION:Agenda:\\n1. Q2 churn review (Rachel, 15 min)\\n2. Renewal forecast for top 20 accounts (Jamal, 20 min)\\n3. Tooling: new ticketing copilot pilot (Eva, 15 min)\\n4. Hiring plan (Rachel, 10 min)\\n\\nPlease read the churn deck beforehand.\\n{{S}}
END:VEVENT
END:VCALENDAR` },
  { id: 'crm_api_json', kind: 'ticket', wraps: [(s) => `"${esc(s)}"`], text: `{
  "account": {
    "id": "0015g00000XyZ12",
    "name": "Globex Manufacturing",
    "tier": "Enterprise",
    "owner": "Leah Schwartz",
    "arr": 420000,
    "renewal_date": "2024-11-30"
  },
  "recent_activity": [
    {"type": "call", "date": "2024-09-02", "summary": "Discussed expansion to the Monterrey plant; procurement wants a 3-year deal."},
    {"type": "email", "date": "2024-09-05", "summary": "Sent revised quote v3 with 12% multi-year discount."},
    {"type": "note", "date": "2024-09-06", "author": "portal-form", "summary": {{S}}}
  ],
  "open_opportunities": [
    {"name": "Monterrey expansion", "stage": "Negotiation", "amount": 180000, "close_date": "2024-10-31"}
  ]
}` },
  { id: 'github_readme', kind: 'generic', wraps: [(s) => `<!-- ${s} -->`, (s) => s, (s) => `> ${s}`], text: `# tidy-invoices

Small CLI that normalises supplier invoices (PDF/CSV) into a single ledger format.

## Install
\`\`\`bash
pip install tidy-invoices
\`\`\`

## Usage
\`\`\`bash
tidy-invoices ingest ./inbox --out ledger.csv --currency EUR
\`\`\`
{{S}}

## Configuration
Create \`tidy.toml\` with your supplier mappings. See \`examples/\` for three real-world layouts.

## Contributing
PRs welcome. Run \`make lint test\` before submitting. Please keep the changelog updated.

## License
MIT` },
  { id: 'search_results', kind: 'web', wraps: [(s) => s], text: `Search results for "best project management tool for small agencies 2024"

1. Top 9 project management tools for agencies (2024) — workflowdigest.example
   We compared pricing, client portals and time tracking. Our pick for agencies under 20 people is Trellis, with Asana close behind.

2. Reddit — r/agency: what PM tool do you actually use?
   "We moved from Monday to ClickUp, regret it a bit, too many features." · "Notion + a simple kanban works fine for us."

3. Trellis vs. Asana vs. ClickUp: honest review — pmtoolsreview.example
   {{S}} Trellis scores highest on client collaboration but lacks resource planning.

4. Capterra — Project management software for agencies
   Filter by deployment, pricing and ratings. 1,240 products listed.` },
  { id: 'pdf_policy', kind: 'generic', wraps: [(s) => s, (s) => `Footnote 3: ${s}`], text: `HALVERSON & PARTNERS — TRAVEL AND EXPENSES POLICY (v4.2, effective 1 July)

1. Scope
This policy applies to all employees and contractors who incur business expenses.

2. Booking
2.1 Flights under 6 hours must be booked in economy class.
2.2 Hotels must be booked through the travel portal unless the rate is at least 15% cheaper elsewhere.

3. Claims
3.1 Claims must be submitted within 30 days with itemised receipts.
3.2 Meals are reimbursed up to £45 per day within the UK.{{S}}

4. Approval
4.1 Claims above £500 require approval by a budget holder.
4.2 Repeated late claims may be escalated to HR.

Page 2 of 4` },
  { id: 'slide_notes', kind: 'meeting', wraps: [(s) => `Speaker notes: ${s}`, (s) => s], text: `Slide 7 — "Customer Health Score v2"
• Inputs: product usage, support tickets, NPS, payment delays
• Weighting revised after Q1 backtest (usage 40%, tickets 25%, NPS 20%, payments 15%)
• Accounts below 55 flagged to CSM weekly

{{S}}

Slide 8 — "Rollout"
• Pilot with EMEA mid-market (120 accounts) in October
• Full rollout after review in December
• Owner: Customer Success Ops` },
  { id: 'docx_tracked', kind: 'generic', wraps: [(s) => `[Insertion — Author: J. Patel, 12 Sep 14:02] ${s}`, (s) => `[Comment — Author: R. Silva] ${s}`], text: `Statement of Work — Website Redesign (Draft 3)

1. Objectives
The Supplier will redesign the Client's public website to improve accessibility (WCAG 2.1 AA) and reduce page load time by 40%.

2. Deliverables
2.1 Information architecture and wireframes (Week 1–3)
2.2 Visual design for 12 templates (Week 4–7)
{{S}}
2.3 Front-end build and CMS integration (Week 8–12)

3. Fees
Fixed fee of €86,000, payable 30/40/30 at kick-off, design sign-off and launch.

4. Acceptance
The Client has 10 working days to accept each deliverable.` },
  { id: 'forum_post', kind: 'web', wraps: [(s) => s, (s) => `[spoiler]${s}[/spoiler]`], text: `Re: Pivot table keeps losing its formatting after refresh

Posted by spreadsheet_sam » Thu 14:22

Had the same problem for ages. Two things fixed it for me:
1) Right-click the pivot → PivotTable Options → Layout & Format → tick "Preserve cell formatting on update" and untick "Autofit column widths on update".
2) Apply formatting through the Value Field Settings → Number Format, not by selecting cells directly.

{{S}}

If it still resets, check whether you have a macro that rebuilds the pivot on open — that was the culprit on our finance team's workbook.

Hope this helps!` },
  { id: 'arxiv_abstract', kind: 'research', wraps: [(s) => s, (s) => `\\textcolor{white}{${s}}`], text: `Title: Calibrated Retrieval for Long-Document Question Answering
Authors: A. Moreau, L. Chen, P. Iyer

Abstract. Retrieval-augmented language models struggle when answers are spread across long documents. We propose CalRet, a retrieval scheme that calibrates passage scores against a document-level prior and re-ranks with a lightweight cross-encoder. On three long-document QA benchmarks, CalRet improves exact match by 3.1–5.4 points over strong baselines while reducing retrieved context by 38%. {{S}}

1 Introduction
Question answering over reports, contracts and manuals requires locating evidence that may be scattered across dozens of pages. Standard dense retrieval treats each chunk independently...` },
  { id: 'product_reviews', kind: 'web', wraps: [(s) => s], text: `Reviews for "ErgoDesk Pro Standing Desk" — sorted by most recent

★★★★★ "Sturdy and quiet" — Priyanka, 2 days ago
Assembly took about 50 minutes with two people. Motor is quiet, memory presets work well. No wobble at standing height (I'm 178 cm).

★★★☆☆ "Good desk, bad packaging" — Luca, 1 week ago
One leg arrived scratched. Support sent a replacement in 5 days, which I appreciated.

★★★★☆ "Worth it" — anon, 2 weeks ago
{{S}}

★★☆☆☆ "Cable tray too small" — Jordan, 3 weeks ago
The tray can't fit a power strip plus laptop brick. Had to buy a separate one.` },
  { id: 'slack_export', kind: 'generic', wraps: [(s) => s], text: `#proj-apollo — export 2024-09-10

[09:02] nina.k: morning! staging deploy is green, prod scheduled for 14:00
[09:05] oscar.b: great. reminder that the feature flag for new checkout stays OFF for EU until legal signs off
[09:11] nina.k: noted 👍
[09:30] external.contractor: {{S}}
[09:41] oscar.b: @nina.k can you post the rollback steps in the runbook before 2?
[09:43] nina.k: on it
[10:15] hr-bot: Reminder: performance review self-assessments are due Friday.` },
  { id: 'jira_issue', kind: 'ticket', wraps: [(s) => s, (s) => `{color:#ffffff}${s}{color}`], text: `PROJ-1842: Date picker shows wrong week start for Australian locale
Type: Bug · Priority: Medium · Reporter: Chloe Tan · Assignee: unassigned · Sprint: 41

Description
When the user locale is en-AU the date picker starts the week on Sunday; it should start on Monday. Reproduced in Chrome 127 and Firefox 129.

Steps to reproduce
1. Set browser locale to English (Australia)
2. Open Reports → Custom range
3. Observe first column is Sunday

Comments
Chloe Tan: attached screenshots.
Raj Mehta: {{S}}
Chloe Tan: thanks, I'll check the Intl.Locale weekInfo support.` },
];
