// Revision 6 rule table (data only; rules.ts builds it with mlRules, tool results only): a note
// ADDRESSED to an AI reader inside a document, in 20 languages — the non-English counterpart of
// the English `ind.note_to_ai` / `ind.for_the_model` rules ("Hinweis an den KI-Assistenten:",
// "Note pour l'IA :", "Para la IA que revise este documento:", "致AI助手：", "AI 비서에게:").
// Each entry needs an addressee (AI / assistant / model / agent / bot noun of that language)
// introduced as the recipient of a note, message or instruction, and then a colon or dash: the
// shape of a line that speaks to the machine reading the page, not prose that mentions one
// ("the note for the assistant was deleted" has no colon after it).
// Written from the shape of the English rules and general knowledge of each language; the
// revision-6 training rows (scripts/injection-data/r6.ts) use the same construct.
// What it misses: addressees without a note word or colon ("IA, haz esto"); languages not listed.
// Benign lines of the same shape (a tool description's "Hinweis für den Assistenten: bitte
// bestätigen") also match: the rule is `medium` (floor 0.55: acts on a tool result by itself),
// and only in tool results (a user writing to the assistant is not an injection).
// Cost: literals with one bounded gap each (linear); Latin entries run only around their ASCII
// gate literals, script entries only when the text holds that script. Failure mode: a false
// match flags one tool result (medium bonus and floor), never a user prompt.

import type { Ml5Family } from './rules-ml5.js';

// Up to 40 characters (no line break, no colon) between the addressee and the colon or dash.
const TO = '[^\\n:：]{0,40}(?:[:：—–]|\\s-\\s)';

export const R6_DOC: readonly Ml5Family[] = [
  {
    id: 'r6.doc_addressed', family: 'indirect', detector: 'injection', strength: 'medium',
    entries: [
      // Latin: NOTE-WORD + preposition + (AI or assistant / agent / bot noun), or the bare preposition + an AI-only noun.
      [['hinweis', 'nachricht', 'anweisung', 'notiz', 'achtung', 'info an', 'info f', 'infos an', 'infos f', 'an den ', 'an das ', 'an die ', 'an alle ', 'an ki', 'an sprachmodell'], `\\b(?:(?:hinweis|nachricht|anweisung|notiz|achtung|info)(?:e|en)? (?:an|für) (?:den |das |die |alle |jede[ns]? )?(?:ki\\b|ki-[a-zäöü]{2,20}|sprachmodell|assistenten|chatbot|ki-agenten|bot)|an (?:den |das |die |alle )?(?:ki\\b|ki-[a-zäöü]{2,20}|sprachmodell))${TO}`],
      [['note', 'message', 'instruction', 'consigne', 'remarque', 'attention de l'], `\\b(?:(?:note|message|instruction|consigne|remarque)s? (?:pour|à|a) (?:l['’]|le |la |les |tout |toute )?(?:ia\\b|assistant|intelligence artificielle|modèle de langage|agent ia|chatbot|bot)|à l['’]attention de (?:l['’]ia|l['’]assistant ia|l['’]intelligence artificielle))${TO}`],
      [['nota', 'mensaje', 'instrucci', 'aviso', 'atenci', 'para la ia', 'para cualquier ia'], `\\b(?:(?:nota|mensaje|instrucci[oó]n|instrucciones|aviso|atenci[oó]n) (?:para|a|al) (?:el |la |los |las |cualquier )?(?:ia\\b|asistente|modelo de lenguaje|agente de ia|chatbot|bot)|para (?:la|cualquier) ia\\b)${TO}`],
      [['nota', 'messaggio', 'istruzion', 'avviso'], `\\b(?:(?:nota|messaggio|istruzion[ei]|avviso) (?:per (?:l['’])?|all['’]|al |alla |agli )(?:ia\\b|assistente|modello linguistico|agente ia|chatbot|bot))${TO}`],
      [['nota', 'mensagem', 'instru', 'aviso', 'para a ia'], `\\b(?:(?:nota|mensagem|instru[cç][aã]o|instru[cç][oõ]es|aviso) (?:para|ao|à|a) (?:o |a |os |as |qualquer )?(?:ia\\b|assistente|modelo de linguagem|agente de ia|chatbot|bot)|para a ia\\b)${TO}`],
      [['opmerking', 'bericht', 'instructie', 'notitie', 'let op', 'aan de ai', 'aan het ai', 'aan ai', 'aan de taalmodel', 'aan het taalmodel', 'aan taalmodel'], `\\b(?:(?:opmerking|bericht|instructie|notitie|let op) (?:voor|aan) (?:de |het |elke )?(?:ai\\b|ai-[a-z]{2,20}|assistent|taalmodel|chatbot|bot)|aan (?:de |het )?(?:ai\\b|ai-[a-z]{2,20}|taalmodel))${TO}`],
      [['dla '], `\\b(?:(?:uwaga|wiadomość|instrukcja|notatka|informacja) dla (?:asystenta|modelu|bota|chatbota)|dla (?:systemu (?:ai|si)|sztucznej inteligencji|ai\\b|asystenta ai))${TO}`],
      [['notering', 'meddelande', 'instruktion', 'anteckning', 'till ai'], `\\b(?:(?:notering|meddelande|instruktion|anteckning) (?:till|för) (?:ai\\b|ai-[a-zåäö]{2,20}|assistenten|språkmodellen|chattboten|boten)|till (?:ai\\b|ai-[a-zåäö]{2,20}))${TO}`],
      [['pozn', 'zpr', 'pokyn', 'instrukce', 'pro ai', 'pro um'], `\\b(?:(?:poznámka|zpráva|pokyn|pokyny|instrukce) pro (?:asistenta|jazykový model|bota|chatbota)|pro (?:ai\\b|umělou inteligenci|ai asistenta))${TO}`],
      [['untuk ', 'bagi ', 'kepada '], `\\b(?:(?:catatan|pesan|instruksi|perhatian) (?:untuk|bagi|kepada) (?:asisten|model bahasa|bot|chatbot)|(?:untuk|bagi|kepada) (?:ai\\b|asisten ai|sistem ai))${TO}`],
      [['yapay zek', 'asistan', 'dil modeli', 'ai'], `\\b(?:yapay zek[aâ]|ai\\b|asistan|dil modeli)[a-zçğıöşü]{0,8}(?: asistan[a-zçğıöşü]{0,6})?(?:(?: için)? (?:not|mesaj|talimat|uyarı)[a-zçğıöşü]{0,4}| için)[^\\n:：]{0,10}[:：]`],
      ['vietnamese', `(?:ghi chú|lưu ý|tin nhắn|hướng dẫn) (?:cho|dành cho|gửi) (?:trợ lý|ai\\b|mô hình|bot|hệ thống ai)${TO}`],
      ['cyrillic', `(?:примечание|сообщение|инструкция|указание|заметка|внимание|примітка|повідомлення|інструкція|вказівка|увага)[^\\n:]{0,6}(?:для|к|до) (?:ии|ші|нейросет[иі]|ассистент|асистент|модел[иі]|бот|агент|чат-бот|системы ии|системи ші)${TO}`],
      ['cjk', `(?:致|给|給)[^\\n:：]{0,8}(?:ai|人工智能|助手|模型|智能体|机器人|機器人)[^\\n:：]{0,8}[:：]|(?:ai|人工智能)[^\\n:：]{0,10}请注意[:：]?|(?:ai|人工知能|アシスタント|モデル|エージェント|ボット)[^\\n:：]{0,8}(?:へ|への(?:注意|指示|メモ|お願い)|の方へ)[^\\n:：]{0,4}(?:[:：—–]|\\s-\\s)`],
      ['hangul', `(?:ai|인공지능|비서|어시스턴트|모델|에이전트|봇)[^\\n:：]{0,8}(?:에게|께|을 위한 (?:안내|지시|메모))${TO}`],
      ['arabic', `(?:ملاحظة|رسالة|تعليمات|تنبيه)[^\\n:]{0,6}(?:لل|إلى |الى )(?:مساعد|ذكاء|نموذج|وكيل|روبوت)${TO}`],
      ['devanagari', `(?:ai|एआई|सहायक|मॉडल|एजेंट)[^\\n:]{0,10}(?:के लिए|को) (?:नोट|संदेश|निर्देश)${TO}`],
    ],
  },
];
