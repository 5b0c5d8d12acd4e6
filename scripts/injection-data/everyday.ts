// Everyday benign traffic for the injection / jailbreak detectors: short and medium user prompts
// (factual who/what/when questions, recipes, travel, coding, writing, maths, translation,
// summarization, chit-chat, customer support, questions about the assistant itself) in 21
// languages, and benign tool outputs (JSON API responses, search results, source code with
// comments / docstrings / README install steps, emails, web pages, logs). All label 0.
//
// Why: the model was trained with few short benign prompts and flagged "What is your name?" (0.98)
// and "What is the capital of France?" (0.86); tool-result code contexts ("run npm install") were
// 34% false positives. These rows teach the model that ordinary requests and ordinary
// second-person instructions for humans are benign.
//
// What it misses: synthetic text from one author, slot-filled; real traffic is more varied. Only
// train/dev splits are produced (never test). Cost: a few thousand rows, < 1 s. Deterministic
// (seeded mulberry32); failure mode: throws on an unfilled slot or an empty row.
//
// Usage: node --import tsx scripts/injection-data/everyday.ts   (writes data/injection/everyday.jsonl)

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Row, type Slots, expand, makeRng, pick } from './common.js';

const SEED = 20261121 ^ 0xe7e7;
const DEV_FRACTION = 0.2;
const SRC_INPUT = 'pavise-authored-everyday-v1';
const SRC_TOOL = 'pavise-authored-benign-tool-v1';

interface LangBank {
  readonly lang: string;
  readonly n: number;
  readonly slots: Slots;
  readonly templates: readonly string[];
}

const BANKS: readonly LangBank[] = [
  // Tool requests: what agent users type all day (the "tool requests" hard negatives) —
  // URLs, addresses and actions in ordinary requests. Attack rows carry URLs too (exfiltration),
  // so without these the model learns "URL means attack".
  {
    lang: 'en', n: 320,
    slots: {
      url: ['https://example.com', 'https://status.example.org/', 'https://docs.python.org/3/library/json.html', 'https://news.ycombinator.com', 'https://github.com/nodejs/node/issues/51234', 'https://www.bbc.com/news/technology', 'https://en.wikipedia.org/wiki/Photosynthesis', 'https://events.example/devconf-2025', 'http://intranet.local/wiki/Onboarding', 'https://shop.example.com/orders/8841', 'https://calendar.example.com/team', 'https://arxiv.org/abs/2401.01234'],
      email: ['bob@acme.example', 'carol.jones@example.org', 'support@vendor.example', 'team-leads@company.example', 'ana@example.com'],
      person: ['Bob', 'Carol', 'my manager', 'the design team', 'Priya', 'our landlord', 'the client'],
      thing: ['the meeting notes', 'the quarterly report', 'a summary of this thread', 'the invoice', 'my travel plans', 'the slides', 'the updated budget'],
      when: ['tomorrow at 10', 'next Monday', 'Friday afternoon', 'at 3pm', 'on the 14th'],
      service: ['the API', 'the website', 'the payment service', 'the build', 'the VPN', 'email delivery'],
    },
    templates: [
      'Look up {url} and tell me what it says.', 'Check {url} and tell me whether {service} is down.', 'Open {url} and summarize the main points.',
      'Can you read {url} and give me the key dates?', 'Fetch {url} and list the open issues.', 'Summarize the article at {url}.',
      'What does {url} say about pricing?', 'Go to {url} and add the event to my calendar.', 'Is {url} reachable right now?',
      'Send {thing} to {email}.', 'Email {person} {thing}.', 'Forward {thing} to {email} and cc me.', 'Reply to {person} and say I will send {thing} {when}.',
      'Schedule a call with {person} {when}.', 'Add a reminder to send {thing} {when}.', 'Draft an email to {email} asking about {thing}.',
      'Read my latest email from {person} and summarize it.', 'Find the file with {thing} and share it with {person}.', 'Post {thing} in the team channel.',
      'Create a ticket: {service} is slow, link {url}.', 'Download the PDF from {url} and extract the tables.', 'Book a room for {when} and invite {email}.',
    ],
  },
  {
    lang: 'en', n: 460,
    slots: {
      country: ['France', 'Japan', 'Brazil', 'Canada', 'Kenya', 'Australia', 'Norway', 'Peru', 'Vietnam', 'Egypt', 'Italy', 'Mexico'],
      person: ['Hamlet', 'Pride and Prejudice', 'War and Peace', 'the Odyssey', 'Don Quixote', '1984', 'The Little Prince', 'Moby Dick'],
      event: ['the French Revolution', 'World War I', 'the moon landing', 'the fall of the Berlin Wall', 'the first Olympic Games', 'the invention of the printing press'],
      dish: ['lasagna', 'banana bread', 'pad thai', 'chicken curry', 'pancakes', 'guacamole', 'ramen', 'a vegan chili', 'sourdough bread', 'tiramisu'],
      city: ['Lisbon', 'Tokyo', 'Rome', 'Barcelona', 'Prague', 'New York', 'Istanbul', 'Bangkok', 'Vienna', 'Mexico City'],
      lang2: ['Python', 'JavaScript', 'TypeScript', 'Go', 'Rust', 'Java', 'SQL', 'Bash', 'C#'],
      task: ['reverse a string', 'read a CSV file', 'sort a list of dictionaries by a key', 'make an HTTP request', 'parse JSON', 'remove duplicates from an array', 'write a unit test', 'connect to a PostgreSQL database', 'handle errors properly'],
      doc: ['a cover letter for a marketing job', 'a thank-you note to my teacher', 'a birthday message for my sister', 'a short poem about autumn', 'a LinkedIn summary', 'an apology email to a customer', 'a toast for my best friend\'s wedding'],
      num: ['12', '15', '48', '120', '7', '365', '1,250', '3.5'],
      product: ['order', 'package', 'refund', 'subscription', 'invoice', 'account'],
      topic: ['black holes', 'photosynthesis', 'inflation', 'the stock market', 'climate change', 'machine learning', 'the immune system', 'blockchain', 'the water cycle'],
      self: ['What is your name?', 'What can you do?', 'Are you an AI?', 'Who made you?', 'Are you a real person?', 'How do you work?', 'Can you remember our previous conversations?', 'What languages do you speak?', 'Do you have feelings?', 'What are you good at?', 'Can you browse the internet?', 'How old are you?', 'Are you ChatGPT?', 'What should I call you?', 'Hi! Who am I talking to?'],
      chit: ['Hi!', 'Hello, how are you?', 'Good morning!', 'Thanks, that helped a lot.', 'Tell me a joke.', 'I\'m bored, any ideas?', 'What\'s up?', 'Can you recommend a good movie?', 'Tell me something interesting.', 'Thank you!', 'Ok, sounds good.', 'Nice, thanks!'],
    },
    templates: [
      'What is the capital of {country}?', 'Who wrote {person}?', 'When did {event} happen?', 'When was {event}?',
      'How do I make {dish}?', 'Give me a recipe for {dish}.', 'What should I see in {city} in two days?', 'Is {city} expensive to visit?',
      'How do I {task} in {lang2}?', 'Write a {lang2} function to {task}.', 'Can you help me write {doc}?', 'Write {doc}.',
      'What is {num} times {num}?', 'What is {num} percent of {num}?', 'Translate "good morning" into Spanish.', 'How do you say "thank you" in Japanese?',
      'Summarize this paragraph for me: The meeting was moved to Thursday because the client is travelling.', 'Explain {topic} in simple terms.', 'What is {topic}?',
      '{self}', '{chit}', 'Where is my {product}?', 'How can I cancel my {product}?', 'I was charged twice for my {product}, what should I do?',
      'What is the population of {country}?', 'What language do they speak in {country}?', 'What is the weather usually like in {city} in March?',
      'Who is the president of {country}?', 'What time zone is {city} in?', 'Why is the sky blue?', 'How far is the moon?', 'What does DNA stand for?',
    ],
  },
  {
    lang: 'es', n: 90,
    slots: {
      pais: ['Francia', 'Japón', 'Perú', 'Argentina', 'Chile', 'Italia', 'Canadá', 'Egipto'], plato: ['paella', 'tortilla de patatas', 'gazpacho', 'arepas', 'flan', 'empanadas'],
      ciudad: ['Madrid', 'Sevilla', 'Buenos Aires', 'Lima', 'Bogotá', 'Ciudad de México'], tema: ['la fotosíntesis', 'la inflación', 'los agujeros negros', 'la inteligencia artificial', 'el cambio climático'],
      lengua: ['Python', 'JavaScript', 'SQL', 'Java'],
    },
    templates: ['¿Cuál es la capital de {pais}?', '¿Quién escribió Don Quijote?', '¿Cómo se hace {plato}?', 'Dame una receta de {plato}.', '¿Qué puedo visitar en {ciudad}?', 'Explícame {tema} de forma sencilla.', '¿Qué es {tema}?', '¿Cómo te llamas?', '¿Qué puedes hacer?', '¿Eres una inteligencia artificial?', 'Hola, ¿qué tal?', '¿Cómo ordeno una lista en {lengua}?', 'Escribe un correo para pedir un día libre.', '¿Cuánto es 15 por 12?', 'Traduce "buenas noches" al inglés.', 'Resume este texto en dos frases, por favor.', '¿Dónde está mi pedido?', 'Quiero cancelar mi suscripción, ¿cómo lo hago?', '¿Qué tiempo hace en {ciudad} en invierno?', 'Gracias, me has ayudado mucho.'],
  },
  {
    lang: 'fr', n: 90,
    slots: {
      pays: ['la France', 'l\'Espagne', 'le Japon', 'le Canada', 'l\'Italie', 'le Maroc', 'la Belgique'], plat: ['une quiche lorraine', 'des crêpes', 'un boeuf bourguignon', 'une ratatouille', 'une tarte aux pommes'],
      ville: ['Paris', 'Lyon', 'Marseille', 'Montréal', 'Bruxelles', 'Genève'], sujet: ['la photosynthèse', 'l\'inflation', 'les trous noirs', 'l\'intelligence artificielle', 'la Révolution française'],
    },
    templates: ['Quelle est la capitale de {pays} ?', 'Qui a écrit Les Misérables ?', 'Comment faire {plat} ?', 'Donne-moi une recette pour {plat}.', 'Que visiter à {ville} en un week-end ?', 'Explique-moi {sujet} simplement.', 'C\'est quoi {sujet} ?', 'Comment tu t\'appelles ?', 'Que peux-tu faire ?', 'Es-tu une IA ?', 'Bonjour, ça va ?', 'Comment trier une liste en Python ?', 'Écris une lettre de motivation pour un stage.', 'Combien font 48 divisé par 6 ?', 'Traduis « bonne journée » en anglais.', 'Peux-tu résumer cet article ?', 'Où est ma commande ?', 'Comment annuler mon abonnement ?', 'Quel temps fait-il à {ville} en été ?', 'Merci beaucoup pour ton aide !'],
  },
  {
    lang: 'de', n: 90,
    slots: {
      land: ['Frankreich', 'Japan', 'Österreich', 'Kanada', 'Italien', 'Brasilien', 'Norwegen'], gericht: ['Apfelstrudel', 'Käsespätzle', 'Kartoffelsalat', 'Gulasch', 'Schnitzel'],
      stadt: ['Berlin', 'München', 'Wien', 'Hamburg', 'Zürich', 'Köln'], thema: ['Photosynthese', 'Inflation', 'schwarze Löcher', 'künstliche Intelligenz', 'den Klimawandel'],
    },
    templates: ['Was ist die Hauptstadt von {land}?', 'Wer hat Faust geschrieben?', 'Wie mache ich {gericht}?', 'Gib mir ein Rezept für {gericht}.', 'Was kann man in {stadt} unternehmen?', 'Erkläre mir {thema} einfach.', 'Was ist {thema}?', 'Wie heißt du?', 'Was kannst du alles?', 'Bist du eine KI?', 'Hallo, wie geht es dir?', 'Wie sortiere ich eine Liste in Python?', 'Schreib mir eine kurze Bewerbung als Kellner.', 'Was ist 15 mal 24?', 'Übersetze „Guten Morgen" ins Englische.', 'Fasse diesen Text kurz zusammen.', 'Wo ist meine Bestellung?', 'Wie kündige ich mein Abo?', 'Wie ist das Wetter in {stadt} im Herbst?', 'Danke, das war hilfreich!'],
  },
  {
    lang: 'pt', n: 80,
    slots: { pais: ['Portugal', 'Brasil', 'Angola', 'Japão', 'Itália', 'Canadá'], prato: ['feijoada', 'pão de queijo', 'bacalhau à brás', 'brigadeiro', 'moqueca'], cidade: ['Lisboa', 'Porto', 'Rio de Janeiro', 'São Paulo', 'Salvador'], tema: ['a fotossíntese', 'a inflação', 'os buracos negros', 'a inteligência artificial'] },
    templates: ['Qual é a capital de {pais}?', 'Quem escreveu Os Lusíadas?', 'Como faço {prato}?', 'Me passa uma receita de {prato}.', 'O que visitar em {cidade}?', 'Explique {tema} de forma simples.', 'Qual é o seu nome?', 'O que você sabe fazer?', 'Você é uma IA?', 'Oi, tudo bem?', 'Como ordenar uma lista em Python?', 'Escreva um e-mail pedindo férias.', 'Quanto é 25 vezes 4?', 'Traduza "obrigado" para o inglês.', 'Pode resumir este texto?', 'Onde está o meu pedido?', 'Como cancelo minha assinatura?', 'Obrigado pela ajuda!'],
  },
  {
    lang: 'it', n: 75,
    slots: { paese: ['Francia', 'Giappone', 'Spagna', 'Grecia', 'Canada'], piatto: ['la carbonara', 'il risotto ai funghi', 'il tiramisù', 'le lasagne', 'la pizza margherita'], citta: ['Roma', 'Firenze', 'Venezia', 'Milano', 'Napoli'], tema: ['la fotosintesi', 'l\'inflazione', 'i buchi neri', 'l\'intelligenza artificiale'] },
    templates: ['Qual è la capitale della {paese}?', 'Chi ha scritto la Divina Commedia?', 'Come si prepara {piatto}?', 'Dammi la ricetta per {piatto}.', 'Cosa vedere a {citta} in due giorni?', 'Spiegami {tema} in modo semplice.', 'Come ti chiami?', 'Cosa sai fare?', 'Sei un\'intelligenza artificiale?', 'Ciao, come stai?', 'Come ordino una lista in Python?', 'Scrivi una mail per chiedere un giorno di ferie.', 'Quanto fa 12 per 12?', 'Traduci "buonanotte" in inglese.', 'Puoi riassumere questo articolo?', 'Dov\'è il mio ordine?', 'Grazie mille!'],
  },
  {
    lang: 'nl', n: 70,
    slots: { land: ['Frankrijk', 'Japan', 'België', 'Duitsland', 'Canada'], gerecht: ['stamppot', 'pannenkoeken', 'erwtensoep', 'appeltaart'], stad: ['Amsterdam', 'Utrecht', 'Rotterdam', 'Gent', 'Antwerpen'] },
    templates: ['Wat is de hoofdstad van {land}?', 'Wie schreef Max Havelaar?', 'Hoe maak ik {gerecht}?', 'Geef me een recept voor {gerecht}.', 'Wat kan ik doen in {stad}?', 'Hoe heet je?', 'Wat kun je allemaal?', 'Ben je een AI?', 'Hoi, hoe gaat het?', 'Hoe sorteer ik een lijst in Python?', 'Schrijf een korte sollicitatiebrief.', 'Wat is 9 keer 13?', 'Vertaal "goedemorgen" naar het Engels.', 'Kun je deze tekst samenvatten?', 'Waar is mijn bestelling?', 'Hoe zeg ik mijn abonnement op?', 'Bedankt!'],
  },
  {
    lang: 'pl', n: 70,
    slots: { kraj: ['Francji', 'Japonii', 'Niemiec', 'Włoch', 'Kanady'], danie: ['pierogi', 'bigos', 'żurek', 'sernik'], miasto: ['Krakowie', 'Warszawie', 'Gdańsku', 'Wrocławiu'] },
    templates: ['Jaka jest stolica {kraj}?', 'Kto napisał Pana Tadeusza?', 'Jak zrobić {danie}?', 'Podaj mi przepis na {danie}.', 'Co warto zobaczyć w {miasto}?', 'Jak masz na imię?', 'Co potrafisz?', 'Czy jesteś sztuczną inteligencją?', 'Cześć, co słychać?', 'Jak posortować listę w Pythonie?', 'Napisz krótki list motywacyjny.', 'Ile to jest 7 razy 8?', 'Przetłumacz „dzień dobry" na angielski.', 'Czy możesz streścić ten tekst?', 'Gdzie jest moje zamówienie?', 'Dziękuję za pomoc!'],
  },
  {
    lang: 'ru', n: 80,
    slots: { strana: ['Франции', 'Японии', 'Канады', 'Италии', 'Бразилии'], blyudo: ['борщ', 'блины', 'пельмени', 'оливье', 'сырники'], gorod: ['Москве', 'Санкт-Петербурге', 'Казани', 'Сочи'], tema: ['фотосинтез', 'инфляцию', 'чёрные дыры', 'искусственный интеллект'] },
    templates: ['Какая столица у {strana}?', 'Кто написал «Войну и мир»?', 'Как приготовить {blyudo}?', 'Дай рецепт: {blyudo}.', 'Что посмотреть в {gorod}?', 'Объясни простыми словами {tema}.', 'Как тебя зовут?', 'Что ты умеешь?', 'Ты искусственный интеллект?', 'Привет, как дела?', 'Как отсортировать список в Python?', 'Напиши письмо с просьбой об отпуске.', 'Сколько будет 12 умножить на 15?', 'Переведи «доброе утро» на английский.', 'Можешь кратко пересказать этот текст?', 'Где мой заказ?', 'Как отменить подписку?', 'Спасибо за помощь!'],
  },
  {
    lang: 'uk', n: 65,
    slots: { krayina: ['Франції', 'Японії', 'Польщі', 'Італії'], strava: ['борщ', 'вареники', 'деруни', 'голубці'], misto: ['Києві', 'Львові', 'Одесі', 'Харкові'] },
    templates: ['Яка столиця {krayina}?', 'Хто написав «Кобзар»?', 'Як приготувати {strava}?', 'Дай рецепт: {strava}.', 'Що подивитися у {misto}?', 'Як тебе звати?', 'Що ти вмієш?', 'Ти штучний інтелект?', 'Привіт, як справи?', 'Як відсортувати список у Python?', 'Напиши лист з проханням про відпустку.', 'Скільки буде 6 помножити на 7?', 'Переклади «добрий день» англійською.', 'Підсумуй цей текст, будь ласка.', 'Де моє замовлення?', 'Дякую за допомогу!'],
  },
  {
    lang: 'tr', n: 65,
    slots: { ulke: ['Fransa', 'Japonya', 'İtalya', 'Kanada', 'Mısır'], yemek: ['mercimek çorbası', 'karnıyarık', 'baklava', 'menemen'], sehir: ['İstanbul', 'Ankara', 'İzmir', 'Antalya'] },
    templates: ['{ulke}\'nın başkenti neresi?', 'Hamlet\'i kim yazdı?', '{yemek} nasıl yapılır?', 'Bana {yemek} tarifi ver.', '{sehir}\'da ne gezilir?', 'Adın ne?', 'Neler yapabilirsin?', 'Sen bir yapay zeka mısın?', 'Merhaba, nasılsın?', 'Python\'da bir liste nasıl sıralanır?', 'İzin istemek için bir e-posta yaz.', '12 çarpı 12 kaç eder?', '"Günaydın" İngilizcede nasıl söylenir?', 'Bu metni özetler misin?', 'Siparişim nerede?', 'Teşekkürler!'],
  },
  {
    lang: 'id', n: 65,
    slots: { negara: ['Prancis', 'Jepang', 'Malaysia', 'Australia', 'Mesir'], makanan: ['nasi goreng', 'rendang', 'sate ayam', 'gado-gado'], kota: ['Bali', 'Yogyakarta', 'Bandung', 'Jakarta'] },
    templates: ['Apa ibu kota {negara}?', 'Siapa penulis Laskar Pelangi?', 'Bagaimana cara membuat {makanan}?', 'Berikan resep {makanan}.', 'Tempat wisata apa yang bagus di {kota}?', 'Siapa namamu?', 'Apa yang bisa kamu lakukan?', 'Apakah kamu AI?', 'Halo, apa kabar?', 'Bagaimana cara mengurutkan list di Python?', 'Tuliskan email untuk minta cuti.', 'Berapa 25 dikali 4?', 'Terjemahkan "selamat pagi" ke bahasa Inggris.', 'Tolong ringkas teks ini.', 'Di mana pesanan saya?', 'Terima kasih!'],
  },
  {
    lang: 'vi', n: 60,
    slots: { nuoc: ['Pháp', 'Nhật Bản', 'Hàn Quốc', 'Úc'], mon: ['phở bò', 'bánh mì', 'gỏi cuốn', 'bún chả'], tp: ['Hà Nội', 'Đà Nẵng', 'Huế', 'Hội An'] },
    templates: ['Thủ đô của {nuoc} là gì?', 'Ai là tác giả Truyện Kiều?', 'Cách nấu {mon} như thế nào?', 'Cho tôi công thức làm {mon}.', 'Nên đi đâu ở {tp}?', 'Bạn tên là gì?', 'Bạn có thể làm gì?', 'Bạn có phải là AI không?', 'Xin chào, bạn khỏe không?', 'Làm sao để sắp xếp danh sách trong Python?', 'Viết giúp tôi một email xin nghỉ phép.', '12 nhân 8 bằng bao nhiêu?', 'Dịch "cảm ơn" sang tiếng Anh.', 'Tóm tắt đoạn văn này giúp tôi.', 'Đơn hàng của tôi đâu rồi?', 'Cảm ơn bạn!'],
  },
  {
    lang: 'zh', n: 80,
    slots: { guo: ['法国', '日本', '巴西', '加拿大', '埃及', '意大利'], cai: ['红烧肉', '宫保鸡丁', '饺子', '麻婆豆腐', '西红柿炒鸡蛋'], cheng: ['北京', '上海', '成都', '西安', '杭州'], zhuti: ['光合作用', '通货膨胀', '黑洞', '人工智能'] },
    templates: ['{guo}的首都是哪里？', '《红楼梦》是谁写的？', '{cai}怎么做？', '给我一个{cai}的食谱。', '去{cheng}旅游有什么推荐？', '用简单的话解释一下{zhuti}。', '你叫什么名字？', '你能做什么？', '你是人工智能吗？', '你好，最近怎么样？', '在Python里怎么给列表排序？', '帮我写一封请假邮件。', '15乘以12等于多少？', '把“早上好”翻译成英文。', '请帮我总结一下这篇文章。', '我的订单在哪里？', '怎么取消订阅？', '谢谢你的帮助！'],
  },
  {
    lang: 'ja', n: 75,
    slots: { kuni: ['フランス', 'イタリア', 'カナダ', 'ブラジル', 'エジプト'], ryori: ['カレーライス', '肉じゃが', '親子丼', 'お好み焼き'], machi: ['京都', '大阪', '札幌', '福岡'], tema: ['光合成', 'インフレ', 'ブラックホール', '人工知能'] },
    templates: ['{kuni}の首都はどこですか？', '「源氏物語」を書いたのは誰ですか？', '{ryori}の作り方を教えてください。', '{ryori}のレシピを教えて。', '{machi}でおすすめの観光地は？', '{tema}について簡単に説明してください。', 'あなたの名前は何ですか？', '何ができますか？', 'あなたはAIですか？', 'こんにちは、元気ですか？', 'Pythonでリストを並べ替える方法は？', '休暇を申請するメールを書いてください。', '12かける15はいくつですか？', '「おはよう」を英語に翻訳して。', 'この記事を要約してください。', '注文した商品はどこですか？', 'ありがとうございました！'],
  },
  {
    lang: 'ko', n: 70,
    slots: { nara: ['프랑스', '일본', '캐나다', '이탈리아', '브라질'], eumsik: ['김치찌개', '불고기', '비빔밥', '떡볶이'], dosi: ['부산', '제주도', '서울', '경주'] },
    templates: ['{nara}의 수도는 어디인가요?', '햄릿은 누가 썼나요?', '{eumsik} 만드는 법 알려줘.', '{eumsik} 레시피 좀 알려주세요.', '{dosi}에서 가볼 만한 곳은?', '이름이 뭐예요?', '무엇을 할 수 있나요?', '당신은 AI인가요?', '안녕하세요, 잘 지내세요?', '파이썬에서 리스트를 정렬하는 방법은?', '휴가 신청 이메일을 써 주세요.', '12 곱하기 12는 얼마예요?', '"감사합니다"를 영어로 번역해 줘.', '이 글을 요약해 주세요.', '제 주문은 어디에 있나요?', '도와줘서 고마워요!'],
  },
  {
    lang: 'ar', n: 70,
    slots: { balad: ['فرنسا', 'اليابان', 'مصر', 'المغرب', 'كندا'], akla: ['الكبسة', 'الفلافل', 'الحمص', 'المنسف'], madina: ['دبي', 'القاهرة', 'مراكش', 'عمّان'] },
    templates: ['ما هي عاصمة {balad}؟', 'من كتب رواية ثلاثية القاهرة؟', 'كيف أطبخ {akla}؟', 'أعطني وصفة {akla}.', 'ماذا أزور في {madina}؟', 'ما اسمك؟', 'ماذا يمكنك أن تفعل؟', 'هل أنت ذكاء اصطناعي؟', 'مرحبا، كيف حالك؟', 'كيف أرتب قائمة في بايثون؟', 'اكتب لي رسالة لطلب إجازة.', 'كم يساوي 12 ضرب 12؟', 'ترجم "صباح الخير" إلى الإنجليزية.', 'لخص هذا النص من فضلك.', 'أين طلبي؟', 'شكرا جزيلا!'],
  },
  {
    lang: 'fa', n: 60,
    slots: { keshvar: ['فرانسه', 'ژاپن', 'ایتالیا', 'کانادا'], ghaza: ['قورمه سبزی', 'کباب کوبیده', 'آش رشته', 'زرشک پلو'], shahr: ['اصفهان', 'شیراز', 'تبریز', 'تهران'] },
    templates: ['پایتخت {keshvar} کجاست؟', 'دیوان حافظ را چه کسی نوشته است؟', 'چطور {ghaza} درست کنم؟', 'دستور پخت {ghaza} را بگو.', 'در {shahr} کجا را ببینم؟', 'اسمت چیست؟', 'چه کارهایی می‌توانی انجام بدهی؟', 'آیا تو هوش مصنوعی هستی؟', 'سلام، حالت چطوره؟', 'چطور در پایتون یک لیست را مرتب کنم؟', 'یک ایمیل برای درخواست مرخصی بنویس.', '۱۲ ضرب در ۱۲ چند می‌شود؟', 'کلمه "ممنون" را به انگلیسی ترجمه کن.', 'این متن را خلاصه کن.', 'سفارش من کجاست؟', 'خیلی ممنون!'],
  },
  {
    lang: 'hi', n: 60,
    slots: { desh: ['फ़्रांस', 'जापान', 'कनाडा', 'इटली'], vyanjan: ['दाल मखनी', 'पनीर टिक्का', 'बिरयानी', 'आलू पराठा'], shahar: ['जयपुर', 'गोवा', 'वाराणसी', 'दिल्ली'] },
    templates: ['{desh} की राजधानी क्या है?', 'गोदान किसने लिखा?', '{vyanjan} कैसे बनाते हैं?', 'मुझे {vyanjan} की रेसिपी बताओ।', '{shahar} में घूमने की अच्छी जगहें कौन सी हैं?', 'तुम्हारा नाम क्या है?', 'तुम क्या कर सकते हो?', 'क्या तुम एक AI हो?', 'नमस्ते, कैसे हो?', 'Python में लिस्ट को कैसे सॉर्ट करें?', 'छुट्टी के लिए एक ईमेल लिखो।', '12 गुणा 12 कितना होता है?', '"धन्यवाद" का अंग्रेज़ी में अनुवाद करो।', 'इस लेख का सारांश बताओ।', 'मेरा ऑर्डर कहाँ है?', 'धन्यवाद!'],
  },
  {
    lang: 'th', n: 55,
    slots: { prathet: ['ฝรั่งเศส', 'ญี่ปุ่น', 'อิตาลี', 'แคนาดา'], ahan: ['ต้มยำกุ้ง', 'ผัดไทย', 'ส้มตำ', 'แกงเขียวหวาน'], mueang: ['เชียงใหม่', 'ภูเก็ต', 'กรุงเทพ', 'พัทยา'] },
    templates: ['เมืองหลวงของ{prathet}คืออะไร', 'ใครเป็นผู้แต่งเรื่องขุนช้างขุนแผน', 'ทำ{ahan}ยังไง', 'ขอสูตร{ahan}หน่อย', 'ไป{mueang}ควรเที่ยวที่ไหนดี', 'คุณชื่ออะไร', 'คุณทำอะไรได้บ้าง', 'คุณเป็น AI หรือเปล่า', 'สวัสดี สบายดีไหม', 'จะเรียงลำดับ list ใน Python ได้อย่างไร', 'ช่วยเขียนอีเมลขอลางานให้หน่อย', '12 คูณ 12 เท่ากับเท่าไร', 'แปลคำว่า "ขอบคุณ" เป็นภาษาอังกฤษ', 'ช่วยสรุปบทความนี้ให้หน่อย', 'คำสั่งซื้อของฉันอยู่ที่ไหน', 'ขอบคุณมาก'],
  },
  {
    lang: 'sv', n: 50,
    slots: { land: ['Frankrike', 'Japan', 'Norge', 'Italien'], ratt: ['köttbullar', 'kanelbullar', 'pannkakor', 'laxsoppa'], stad: ['Stockholm', 'Göteborg', 'Malmö', 'Uppsala'] },
    templates: ['Vad är huvudstaden i {land}?', 'Vem skrev Pippi Långstrump?', 'Hur gör man {ratt}?', 'Ge mig ett recept på {ratt}.', 'Vad ska jag se i {stad}?', 'Vad heter du?', 'Vad kan du göra?', 'Är du en AI?', 'Hej, hur mår du?', 'Hur sorterar jag en lista i Python?', 'Skriv ett mejl där jag ber om ledigt.', 'Vad är 12 gånger 12?', 'Översätt "god morgon" till engelska.', 'Kan du sammanfatta texten?', 'Var är min beställning?', 'Tack så mycket!'],
  },
];

// ---------------------------------------------------------------------------------------------
// Benign tool outputs

const NAMES = ['Alice Martin', 'Bob Chen', 'Carla Ruiz', 'David Okafor', 'Emma Larsen', 'Farid Haddad', 'Grace Kim', 'Hiro Tanaka', 'Ines Costa', 'Jonas Weber'];
const CITIES = ['Paris', 'Tokyo', 'Lisbon', 'Berlin', 'Nairobi', 'Toronto', 'Lima', 'Seoul', 'Madrid', 'Oslo'];
const PKGS = ['express', 'lodash', 'zod', 'fastify', 'react', 'requests', 'numpy', 'pandas', 'flask', 'axios'];
const SUBJECTS = ['Quarterly planning meeting', 'Your order has shipped', 'Invoice #{n} from Acme Corp', 'Team offsite next Friday', 'Password reset requested', 'Welcome to the beta program', 'Re: contract review', 'Lunch on Thursday?', 'Your flight itinerary', 'Reminder: dentist appointment'];
const TOPICS = ['best hiking trails near Denver', 'how to fix a leaking tap', 'python list comprehension examples', 'history of the Roman Empire', 'cheap flights to Rome', 'symptoms of vitamin D deficiency', 'how to repot a succulent', 'electric car tax credit 2024'];

function num(rng: () => number, lo: number, hi: number): number {
  return lo + Math.floor(rng() * (hi - lo + 1));
}

type ToolGen = (rng: () => number) => string;

const TOOL_GENS: Readonly<Record<string, ToolGen>> = {
  json_api: (rng) => {
    const kind = num(rng, 0, 3);
    if (kind === 0) return JSON.stringify({ city: pick(rng, CITIES), temperature_c: num(rng, -5, 35), condition: pick(rng, ['sunny', 'cloudy', 'light rain', 'snow', 'windy']), humidity: num(rng, 20, 95), forecast: [{ day: 'tomorrow', high: num(rng, 0, 35), low: num(rng, -10, 20) }] }, null, num(rng, 0, 1) ? 2 : 0);
    if (kind === 1) return JSON.stringify({ order_id: `ORD-${num(rng, 10000, 99999)}`, status: pick(rng, ['shipped', 'processing', 'delivered', 'cancelled']), items: [{ sku: `SKU-${num(rng, 100, 999)}`, qty: num(rng, 1, 4), price: num(rng, 5, 300) + 0.99 }], customer: { name: pick(rng, NAMES), city: pick(rng, CITIES) }, note: pick(rng, ['Leave at the front door.', 'Please call before delivery.', '', 'Gift wrap requested.']) });
    if (kind === 2) return JSON.stringify({ users: [0, 1, 2].map(() => ({ id: num(rng, 1, 9999), name: pick(rng, NAMES), role: pick(rng, ['admin', 'editor', 'viewer']), active: rng() < 0.8 })), page: 1, total: num(rng, 3, 300) });
    return JSON.stringify({ error: { code: pick(rng, [400, 401, 404, 429, 500]), message: pick(rng, ['Invalid API key. Check your credentials and try again.', 'Rate limit exceeded, retry after 30 seconds.', 'Resource not found.', 'Internal server error, please try again later.', 'Missing required parameter: query.']) } });
  },
  search: (rng) => {
    const q = pick(rng, TOPICS);
    const lines = [`Search results for "${q}":`];
    for (let i = 1; i <= num(rng, 3, 5); i++) {
      lines.push(`${i}. ${q.replace(/^./, (c) => c.toUpperCase())} - ${pick(rng, ['Complete Guide', 'Tips and Tricks', 'Wikipedia', 'Reddit discussion', 'Step by step'])}\n   https://www.${pick(rng, ['example', 'guide', 'wiki', 'howto', 'news'])}.com/${q.replace(/ /g, '-')}\n   ${pick(rng, ['Learn everything you need to know. Follow these simple steps and you will be done in minutes.', 'Click here to read more. Updated weekly by our editors.', 'Read our reviews, compare prices and book now.', 'Make sure you turn off the water supply before you start.', 'Sign up for our newsletter to get the latest updates.'])}`);
    }
    return lines.join('\n');
  },
  code: (rng) => {
    const pkg = pick(rng, PKGS);
    const variants = [
      `# ${pkg}-demo\n\nA small demo.\n\n## Install\n\nRun \`npm install ${pkg}\` and then start the server with \`npm start\`.\n\n## Usage\n\nImport the module, call \`init()\` and pass your API key as an environment variable (never commit it).`,
      `def load_config(path):\n    """Load the configuration file.\n\n    You must call this before creating the client. Ignore missing optional keys.\n    """\n    with open(path) as f:\n        return json.load(f)\n`,
      `// Ignore the cache when the user forces a refresh.\nexport function fetchData(url: string, force = false) {\n  // TODO: delete this workaround after the ${pkg} upgrade\n  if (force) cache.clear();\n  return fetch(url).then((r) => r.json());\n}`,
      `#!/bin/sh\n# Deploy script. Run this from the repo root.\nset -e\nnpm ci\nnpm run build\n# Send a notification to the team channel when done\ncurl -X POST "$SLACK_WEBHOOK" -d '{"text":"deploy finished"}'`,
      `CONTRIBUTING\n\n1. Fork the repository and clone it.\n2. Run pip install -r requirements.txt.\n3. Execute the tests with pytest before you open a pull request.\n4. Do not commit secrets; use the .env.example file.\n5. Forward any security reports to security@example.org.`,
      `class UserService {\n  /**\n   * Deletes a user. Callers must check permissions first; this method does not.\n   * @param id the user id\n   */\n  async delete(id) {\n    await this.db.query('DELETE FROM users WHERE id = $1', [id]);\n  }\n}`,
      `import ${pkg}\n\n# Override the default settings for local development.\n# Skip this step in production.\nsettings = {"debug": True, "retries": ${num(rng, 1, 5)}}\nclient = ${pkg}.Client(**settings)\nprint(client.status())`,
      `.PHONY: install test\ninstall:\n\tpip install -e .\ntest:\n\tpytest -q\n# Run "make install" once, then "make test" after every change.`,
    ];
    return pick(rng, variants);
  },
  email: (rng) => {
    const from = pick(rng, NAMES);
    const subj = pick(rng, SUBJECTS).replace('{n}', String(num(rng, 1000, 9999)));
    const body = pick(rng, [
      'Hi team,\n\nPlease find attached the agenda for next week. Send me your comments by Wednesday and forward this to anyone I missed.\n\nThanks,',
      'Hello,\n\nYour package is on its way and should arrive in 2-3 business days. You can track it from your account page.\n\nBest regards,',
      'Hi,\n\nWe received a request to reset your password. If this was not you, ignore this email; your password will not change.\n\nCheers,',
      'Dear customer,\n\nPlease remit payment within 30 days. Call our billing team if you have questions about this invoice.\n\nKind regards,',
      'Hey!\n\nAre you free for lunch on Thursday? Let me know and I will book a table. Don\'t forget to bring the slides.\n\n',
      'Hi all,\n\nReminder: please delete old files from the shared drive before Friday, it is almost full. Click the link in the portal to check your usage.\n\nThanks,',
    ]);
    return `From: ${from} <${from.split(' ')[0]?.toLowerCase() ?? 'x'}@example.com>\nSubject: ${subj}\nDate: ${num(rng, 1, 28)} Mar 2025\n\n${body}\n${from}`;
  },
  web: (rng) => {
    const city = pick(rng, CITIES);
    return pick(rng, [
      `<html><head><title>Visit ${city}</title></head><body><h1>Top 10 things to do in ${city}</h1><p>Book your tickets early. Visit the old town, try the local food and take a walk along the river.</p><footer>Subscribe to our newsletter. Privacy policy. Contact us.</footer></body></html>`,
      `${city} Public Library - Opening hours\nMonday to Friday 9:00-20:00, Saturday 10:00-16:00. Please return borrowed items on time. To renew a book, log in and click "Renew".`,
      `Recipe: Lemon cake\nIngredients: 200 g flour, 150 g sugar, 3 eggs, 1 lemon.\nPreheat the oven to 180°C. Mix the butter and sugar, add the eggs one by one, then fold in the flour. Bake for 35 minutes and let it cool before serving.`,
      `Terms of service\nBy using this website you agree to these terms. Do not share your password with anyone. We may update these terms; continued use means you accept the changes.`,
      `FAQ\nQ: How do I cancel my subscription?\nA: Go to Settings > Billing and click Cancel. You will keep access until the end of the period.\nQ: Can I change my email?\nA: Yes, update it in your profile.`,
    ]);
  },
  log: (rng) => {
    const lines: string[] = [];
    for (let i = 0; i < num(rng, 4, 10); i++) {
      lines.push(`2025-03-${String(num(rng, 10, 28))}T${String(num(rng, 10, 23))}:${String(num(rng, 10, 59))}:${String(num(rng, 10, 59))}Z ${pick(rng, ['INFO', 'WARN', 'ERROR', 'DEBUG'])} ${pick(rng, ['server started on port 8080', 'request GET /api/users 200 12ms', 'retrying connection to db (attempt 2)', 'user login succeeded', 'cache miss for key session:41', 'ignoring unknown config field "color"', 'job cleanup completed, deleted 14 temp files', 'sending email to 3 recipients'])}`);
    }
    return lines.join('\n');
  },
  table: (rng) => {
    const rows = ['name,city,amount,status'];
    for (let i = 0; i < num(rng, 3, 8); i++) rows.push(`${pick(rng, NAMES)},${pick(rng, CITIES)},${num(rng, 10, 5000)},${pick(rng, ['paid', 'pending', 'overdue'])}`);
    return rows.join('\n');
  },
  calendar: (rng) => `Event: ${pick(rng, ['Team standup', 'Dentist', 'Project review', 'Yoga class', 'Flight to ' + pick(rng, CITIES)])}\nWhen: ${num(rng, 1, 28)}/0${num(rng, 1, 9)}/2025 ${num(rng, 8, 18)}:00\nWhere: ${pick(rng, ['Room 4B', 'Zoom', pick(rng, CITIES)])}\nNotes: ${pick(rng, ['Bring your laptop.', 'Please arrive 10 minutes early.', 'Agenda will be sent later.', 'Call me if you are running late.'])}`,
};

// Openers per language ('' = none): multiply phrasing variety the way real users do.
const LEADS: Readonly<Record<string, readonly string[]>> = {
  en: ['', '', 'Hey, ', 'Quick question: ', 'Please, ', 'Hi there. ', 'Sorry to bother you, '],
  es: ['', '', 'Hola, ', 'Oye, ', 'Una pregunta: ', 'Por favor, '], fr: ['', '', 'Bonjour, ', 'Salut ! ', 'Petite question : ', 'S\'il te plaît, '],
  de: ['', '', 'Hallo, ', 'Kurze Frage: ', 'Bitte: ', 'Hey, '], pt: ['', '', 'Olá, ', 'Oi, ', 'Uma pergunta: ', 'Por favor, '],
  it: ['', '', 'Ciao, ', 'Scusa, ', 'Una domanda: ', 'Per favore, '], nl: ['', '', 'Hallo, ', 'Even een vraag: ', 'Hoi! '],
  pl: ['', '', 'Cześć, ', 'Mam pytanie: ', 'Proszę, '], ru: ['', '', 'Привет! ', 'Подскажи, ', 'Вопрос: ', 'Здравствуйте. '],
  uk: ['', '', 'Привіт! ', 'Підкажи, ', 'Питання: '], tr: ['', '', 'Merhaba, ', 'Bir sorum var: ', 'Lütfen, '],
  id: ['', '', 'Halo, ', 'Mau tanya: ', 'Tolong, '], vi: ['', '', 'Chào bạn, ', 'Cho mình hỏi: ', 'Xin hỏi, '],
  zh: ['', '', '你好，', '请问，', '我想问一下，'], ja: ['', '', 'こんにちは。', 'すみません、', '質問です。'],
  ko: ['', '', '안녕하세요. ', '질문이 있어요. ', '저기요, '], ar: ['', '', 'مرحبا، ', 'سؤال: ', 'من فضلك، '],
  fa: ['', '', 'سلام، ', 'یک سوال: ', 'لطفا '], hi: ['', '', 'नमस्ते, ', 'एक सवाल: ', 'कृपया '],
  th: ['', '', 'สวัสดีครับ ', 'ขอถามหน่อย ', 'รบกวนหน่อยค่ะ '], sv: ['', '', 'Hej! ', 'En fråga: ', 'Snälla, '],
};

function splitOf(rng: () => number): 'train' | 'dev' {
  return rng() < DEV_FRACTION ? 'dev' : 'train';
}

export function everydayRows(): Row[] {
  const rng = makeRng(SEED);
  const rows: Row[] = [];
  for (const b of BANKS) {
    const slots: Slots = { ...b.slots, lead: LEADS[b.lang] ?? [''] };
    const templates = b.templates.map((t) => `{lead}${t}`);
    for (const text of expand(rng, templates, slots, b.n)) {
      rows.push({ text, label: 0, source: SRC_INPUT, family: 'everyday', lang: b.lang, split: splitOf(rng), direction: 'input', task: 'benign', method: 'template' });
    }
  }
  return rows;
}

export function benignToolRows(n = 640): Row[] {
  const rng = makeRng(SEED ^ 0x7001);
  const kinds = Object.keys(TOOL_GENS);
  const seen = new Set<string>();
  const rows: Row[] = [];
  for (let i = 0; rows.length < n && i < n * 10; i++) {
    const kind = kinds[i % kinds.length] ?? 'log';
    const gen = TOOL_GENS[kind];
    if (!gen) continue;
    const text = gen(rng);
    if (seen.has(text)) continue;
    seen.add(text);
    rows.push({ text, label: 0, source: SRC_TOOL, family: `benign_${kind}`, lang: 'en', split: splitOf(rng), direction: 'tool_result', task: 'benign', method: 'template' });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const rows = [...everydayRows(), ...benignToolRows()];
  const where = new Map<string, string>();
  for (const r of rows) {
    if (!r.text.trim()) throw new Error('empty row');
    if (/\{[a-z_0-9]+\}/.test(r.text)) throw new Error(`unfilled slot: ${r.text}`);
    const prev = where.get(r.text);
    // INVARIANT: one text, one split (a duplicate keeps its first split, so dev never repeats train).
    if (prev !== undefined) continue;
    where.set(r.text, r.split);
  }
  const seen = new Set<string>();
  const out = rows.filter((r) => (seen.has(r.text) ? false : (seen.add(r.text), true)));
  const path = join(new URL('../..', import.meta.url).pathname, 'data/injection/everyday.jsonl');
  writeFileSync(path, out.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const langs = new Set(out.filter((r) => r.direction === 'input').map((r) => r.lang));
  console.log(`wrote ${path}: ${out.filter((r) => r.direction === 'input').length} input rows in ${langs.size} languages, ${out.filter((r) => r.direction === 'tool_result').length} tool rows, dev ${out.filter((r) => r.split === 'dev').length}`);
}
