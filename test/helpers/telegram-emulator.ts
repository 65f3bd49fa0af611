import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import TelegramServer from 'telegram-test-api';

/** One Bot API call the bot made, as the recorder saw it. */
export interface RecordedCall {
  method: string;
  /**
   * The JSON payload; for multipart uploads, { contentType, bytes, fields, files }: the
   * plain fields by name, and each file part with its bytes. A file download from the file
   * URL is recorded as method "downloadFile" with { filePath }.
   */
  payload: Record<string, unknown>;
  /** When the call arrived (ms, performance.now() of the test process). */
  at: number;
}

/** A file part of a recorded multipart upload (sendPhoto, sendDocument). */
export interface UploadedFile {
  /** The part's field name (grammY names it at random and points the method's field at it with attach://). */
  name: string;
  filename: string;
  contentType: string | undefined;
  bytes: Buffer;
}

/** A document a member sends, as the test describes it. */
export interface FakeDocument {
  fileName: string;
  mimeType?: string;
  /** The file's content, served by getFile and the file URL. */
  bytes?: Buffer;
  /** The size Telegram announces (default: the bytes' length); a huge one need not have bytes. */
  fileSize?: number;
}

/** A bot message as the emulator holds it now (edits applied). */
export interface BotMessage {
  chatId: number;
  messageId: number;
  /** What the member reads (HTML entities decoded when parse_mode is HTML). */
  text: string;
  /** The text as the bot sent it. */
  html: string;
  parseMode?: string;
  buttons: { text: string; data: string }[][];
}

/** A photo the bot sent (sendPhoto), as the emulator holds it now (caption edits applied). */
export interface PhotoMessage extends BotMessage {
  /** What the bot sent as the photo: a URL or a file_id as given, or the uploaded file. */
  photo: { url: string } | { fileId: string } | { upload: UploadedFile };
  /** The file_id the emulator gave the photo. */
  fileId: string;
}

export interface FakeChat {
  id: number;
  type: 'private' | 'group' | 'supergroup' | 'channel';
  title?: string;
}

/** The bot as telegram-test-api's getMe describes it (the bot's own messages come from it). */
/** A Telegram user of a test; `languageCode` is what their client reports (Update.from.language_code). */
export interface FakeUser {
  id: number;
  firstName: string;
  languageCode?: string;
}

const fromOf = (user: FakeUser) => ({ id: user.id, is_bot: false, first_name: user.firstName, ...(user.languageCode ? { language_code: user.languageCode } : {}) });

const EMULATOR_BOT = { id: 666, is_bot: true, first_name: 'Test First name', username: 'TestNameBot' };

const USER_EVENTS = ['AddedUserMessage', 'AddedUserCommand', 'AddedUserCallbackQuery'] as const;
const BOT_EVENTS = ['AddedBotMessage', 'EditedMessageText', 'EditedMessageReplyMarkup'] as const;

/** A TCP port free on 127.0.0.1 now (the servers of tests and benches that must know theirs before they start). */
export async function freePort(): Promise<number> {
  const s = createNetServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

const readBody = (req: IncomingMessage): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });

/**
 * The telegram-test-api emulator on 127.0.0.1 behind a small recording server of our own.
 * The recorder records every call and hands it to the emulator: the hot methods
 * (getUpdates, sendMessage, editMessageText, answerCallbackQuery) to the emulator's own
 * methods in this process, the rest over HTTP to its server. It also fills in what
 * the emulator lacks: long polling (the emulator answers getUpdates at once, which would
 * spin the runner), getChatMember and getChatAdministrators (from `admins`), setMyCommands,
 * sendPhoto and sendDocument (multipart bodies recorded with their file bytes, answered with
 * a message), getFile and the file URL (/file/bot<token>/<path>) for the files a test
 * registers or a member sends (`sendDocument`), a method made to fail on demand (`failing`),
 * and Telegram's 403 for a private chat the member never started (`notStarted`).
 */
export class TelegramEmulator {
  readonly calls: RecordedCall[] = [];
  /** Group chat id -> user ids the recorder reports as administrators. */
  readonly admins = new Map<number, Set<number>>();
  /** Methods the recorder answers with a 400 error. */
  readonly failing = new Set<string>();
  /**
   * Members who never started the bot: a sendMessage to their private chat is answered
   * with Telegram's 403 until they send the bot something there.
   */
  readonly notStarted = new Set<number>();
  /**
   * Photo URLs the recorder refuses as Telegram refuses a URL it cannot fetch (400 "failed
   * to get HTTP URL content"); any other https URL is taken.
   */
  readonly badPhotoUrls = new Set<string>();
  /** The bot's photos (sendPhoto) with caption edits applied, in order. */
  private readonly photos: PhotoMessage[] = [];
  private nextFakeMessageId = 1_000_000;
  /** file_id -> the file getFile and the file URL serve. */
  private readonly files = new Map<string, { path: string; bytes: Buffer }>();
  private nextFileId = 1;
  /** Set by the bot's setWebhook: updates are then POSTed there, as Telegram does, never handed to getUpdates. */
  private webhook: { url: string; secret: string | undefined; maxConnections: number } | undefined;
  /** Updates taken for the webhook and not yet answered with a 2xx, oldest first. */
  private readonly outbox: unknown[] = [];
  private deliveriesInFlight = 0;
  private deliveryTimer: NodeJS.Timeout | undefined;
  private stopping = false;
  /** Webhook deliveries answered with a 2xx, and attempts that failed (refused, reset, non-2xx) and were tried again. */
  readonly webhookStats = { delivered: 0, failedAttempts: 0 };

  private constructor(
    private readonly server: TelegramServer,
    private readonly recorder: Server,
    readonly apiRoot: string,
    readonly token: string,
  ) {}

  static async start(token = '123456:TEST-token-for-the-emulator-0001'): Promise<TelegramEmulator> {
    const port = await freePort();
    const server = new TelegramServer({ port, host: '127.0.0.1', storeTimeout: 600 });
    await server.start();
    let self: TelegramEmulator | undefined;
    const recorder = createServer((req, res) => void self!.handle(req, res, port));
    await new Promise<void>((resolve) => recorder.listen(0, '127.0.0.1', resolve));
    const { port: recorderPort } = recorder.address() as AddressInfo;
    self = new TelegramEmulator(server, recorder, `http://127.0.0.1:${recorderPort}`, token);
    return self;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.deliveryTimer);
    for (const e of USER_EVENTS) this.server.off(e, this.deliverSoon);
    this.recorder.closeAllConnections();
    await new Promise<void>((resolve) => this.recorder.close(() => resolve()));
    await this.server.stop();
  }

  /** Calls of one method, in order. */
  callsOf(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** A member sends a text (a command when it starts with /) in a chat (their private chat by default). */
  async send(user: FakeUser, text: string, chat: FakeChat = { id: user.id, type: 'private' }): Promise<void> {
    if (chat.id === user.id) this.notStarted.delete(user.id);
    const message = {
      botToken: this.token,
      date: Math.floor(Date.now() / 1000),
      from: fromOf(user),
      chat: { id: chat.id, type: chat.type, ...(chat.type === 'private' ? { first_name: user.firstName } : { title: chat.title ?? 'Test group' }) },
      text,
    };
    if (text.startsWith('/')) {
      const length = text.includes(' ') ? text.indexOf(' ') : text.length;
      await this.server.addUserCommand({ ...message, entities: [{ offset: 0, length, type: 'bot_command' }] } as never);
    } else {
      await this.server.addUserMessage(message as never);
    }
  }

  /**
   * A text posted in a channel, as Telegram sends it: a channel_post update, with no
   * `from` (only the channel's administrators post there). The emulator stores it as a
   * message; getUpdates hands it out as a channel_post.
   */
  async sendChannelPost(chat: FakeChat, text: string): Promise<void> {
    await this.server.addUserMessage({ botToken: this.token, date: Math.floor(Date.now() / 1000), chat: { id: chat.id, type: 'channel', title: chat.title ?? 'Test channel' }, text } as never);
    this.channelPosts.add(this.server.storage.userMessages.at(-1)!.updateId);
  }

  /** Update ids of the stored messages that are channel posts (sendChannelPost). */
  private readonly channelPosts = new Set<number>();

  /**
   * Makes a file available to getFile and the file URL, as Telegram holds the files members
   * send. Returns its file_id.
   */
  registerFile(bytes: Buffer, fileName = 'file.bin'): string {
    const fileId = `file-${this.nextFileId++}`;
    this.files.set(fileId, { path: `documents/${fileId}/${fileName}`, bytes });
    return fileId;
  }

  /** A member sends a document (its bytes registered for download unless it has none). Resolves with its file_id. */
  async sendDocument(user: FakeUser, doc: FakeDocument, chat: FakeChat = { id: user.id, type: 'private' }): Promise<string> {
    const fileId = doc.bytes ? this.registerFile(doc.bytes, doc.fileName) : `file-${this.nextFileId++}`;
    await this.server.addUserMessage({
      botToken: this.token,
      date: Math.floor(Date.now() / 1000),
      from: fromOf(user),
      chat: { id: chat.id, type: chat.type, ...(chat.type === 'private' ? { first_name: user.firstName } : { title: chat.title ?? 'Test group' }) },
      document: { file_id: fileId, file_unique_id: `u-${fileId}`, file_name: doc.fileName, mime_type: doc.mimeType, file_size: doc.fileSize ?? doc.bytes?.length },
    } as never);
    return fileId;
  }

  /**
   * A member upgrades a group to a supergroup, as Telegram tells it: a service message in the
   * old group (`migrate_to_chat_id`), then one in the new supergroup (`migrate_from_chat_id`).
   */
  async migrateGroup(user: FakeUser, group: FakeChat, supergroupId: number): Promise<void> {
    const service = (chat: Record<string, unknown>, fields: Record<string, number>) =>
      this.server.addUserMessage({ botToken: this.token, date: Math.floor(Date.now() / 1000), from: fromOf(user), chat, ...fields } as never);
    await service({ id: group.id, type: 'group', title: group.title ?? 'Test group' }, { migrate_to_chat_id: supergroupId });
    await service({ id: supergroupId, type: 'supergroup', title: group.title ?? 'Test group' }, { migrate_from_chat_id: group.id });
  }

  /** The files of the recorded uploads of one method (sendPhoto, sendDocument), in order. */
  uploadsOf(method: string): { fields: Record<string, string>; file: UploadedFile }[] {
    return this.callsOf(method).flatMap((c) => {
      const files = (c.payload.files ?? []) as UploadedFile[];
      return files.length > 0 ? [{ fields: c.payload.fields as Record<string, string>, file: files[0]! }] : [];
    });
  }

  /**
   * A member replies with a text to a bot message (a card): the update carries the replied
   * message whole, from the bot as the emulator's getMe names it, a photo with its caption,
   * as Telegram sends it.
   */
  async reply(user: FakeUser, text: string, to: BotMessage, chat?: FakeChat): Promise<void> {
    const where = chat ?? { id: to.chatId, type: to.chatId < 0 ? 'group' : 'private' };
    const photo = this.photos.find((p) => p.chatId === to.chatId && p.messageId === to.messageId);
    const content = photo ? { photo: [{ file_id: photo.fileId, file_unique_id: `u-${photo.fileId}`, width: 64, height: 48 }], caption: photo.text } : { text: to.text };
    const date = Math.floor(Date.now() / 1000);
    const chatOf = { id: where.id, type: where.type, ...(where.type === 'private' ? { first_name: user.firstName } : { title: where.title ?? 'Test group' }) };
    await this.server.addUserMessage({
      botToken: this.token,
      date,
      from: fromOf(user),
      chat: chatOf,
      text,
      reply_to_message: { message_id: to.messageId, date, chat: chatOf, from: EMULATOR_BOT, ...content },
    } as never);
  }

  /** A member taps a button of a bot message (a photo's message carries the photo and its caption, as Telegram sends it). */
  async press(user: FakeUser, message: BotMessage, data: string, chat?: FakeChat): Promise<void> {
    const where = chat ?? { id: message.chatId, type: message.chatId < 0 ? 'group' : 'private' };
    const photo = this.photos.find((p) => p.chatId === message.chatId && p.messageId === message.messageId);
    const content = photo ? { photo: [{ file_id: photo.fileId, file_unique_id: `u-${photo.fileId}`, width: 64, height: 48 }], caption: photo.text } : { text: message.text };
    // Telegram sends the pressed message with its keyboard as the member sees it.
    const markup = message.buttons.length > 0 ? { reply_markup: { inline_keyboard: message.buttons.map((row) => row.map((b) => ({ text: b.text, callback_data: b.data }))) } } : {};
    await this.server.addUserCallback({
      botToken: this.token,
      date: Math.floor(Date.now() / 1000),
      from: fromOf(user),
      message: { message_id: message.messageId, date: Math.floor(Date.now() / 1000), chat: { id: where.id, type: where.type, title: 'Test group' }, ...content, ...markup },
      data,
    } as never);
  }

  /** The bot's photos in a chat, oldest first, with caption edits applied. */
  photoMessages(chatId: number): PhotoMessage[] {
    return this.photos.filter((p) => p.chatId === chatId);
  }

  /** Calls `listener` with every message the bot sends or edits the text of (edits as the bot sent them), photos and their caption edits included; returns the unsubscribe. */
  onBotMessage(listener: (message: BotMessage) => void): () => void {
    const l = () => {
      const last = this.server.storage.botMessages.at(-1);
      if (last && last.botToken === this.token) listener(toBotMessage(last, Number(last.message.chat_id)));
    };
    this.server.on('AddedBotMessage', l);
    this.editListeners.add(listener);
    return () => {
      this.server.off('AddedBotMessage', l);
      this.editListeners.delete(listener);
    };
  }

  private readonly editListeners = new Set<(message: BotMessage) => void>();

  /** The bot's messages in a chat, oldest first, with edits applied. */
  botMessages(chatId: number): BotMessage[] {
    return this.server.storage.botMessages
      .filter((u) => u.botToken === this.token && Number(u.message.chat_id) === chatId)
      .map((u) => toBotMessage(u, chatId));
  }

  /** The id of the bot's latest message in a chat; 0 before any (a mark to wait past). */
  lastMessageId(chatId: number): number {
    return this.botMessages(chatId).at(-1)?.messageId ?? 0;
  }

  /**
   * Resolves with the first truthy value of `probe`, checked now and after every bot
   * message or edit the emulator records (and every 250 ms for changes outside it, such as
   * recorded toasts). Fails after `timeoutMs` with `what` in the message.
   */
  async waitFor<T>(what: string, probe: () => T | undefined | null | false, timeoutMs = 20_000): Promise<T> {
    const first = probe();
    if (first) return first;
    return new Promise<T>((resolve, reject) => {
      const check = () => {
        let v: T | undefined | null | false;
        try {
          v = probe();
        } catch (e) {
          done();
          reject(e);
          return;
        }
        if (v) {
          done();
          resolve(v);
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`timed out waiting for ${what}`));
      }, timeoutMs);
      const tick = setInterval(check, 250);
      const done = () => {
        clearTimeout(timer);
        clearInterval(tick);
        for (const e of BOT_EVENTS) this.server.off(e, check);
        this.recordedListeners.delete(check);
      };
      for (const e of BOT_EVENTS) this.server.on(e, check);
      this.recordedListeners.add(check);
    });
  }

  private readonly recordedListeners = new Set<() => void>();

  private async handle(req: IncomingMessage, res: ServerResponse, emulatorPort: number): Promise<void> {
    const body = await readBody(req);
    const download = /^\/file\/bot([^/]+)\/(.+)$/.exec(req.url ?? '');
    if (download) return this.serveFile(res, download[1]!, decodeURIComponent(download[2]!));
    const m = /^\/bot([^/]+)\/([A-Za-z]+)/.exec(req.url ?? '');
    if (!m) return this.forward(req, res, body, emulatorPort);
    const method = m[2]!;
    const contentType = req.headers['content-type'] ?? '';
    let payload: Record<string, unknown> = {};
    if (contentType.includes('application/json') && body.length > 0) payload = JSON.parse(body.toString('utf8'));
    else if (contentType.includes('multipart/form-data')) payload = { contentType, bytes: body.length, ...multipartParts(body, contentType) };
    this.calls.push({ method, payload, at: performance.now() });
    for (const l of this.recordedListeners) l();
    if (method === 'editMessageText' && this.editListeners.size > 0) {
      const edited = toBotMessage({ message: payload, messageId: Number(payload.message_id) }, Number(payload.chat_id));
      for (const l of this.editListeners) l(edited);
    }

    const json = (status: number, value: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
    };
    if (this.failing.has(method)) return json(400, { ok: false, error_code: 400, description: `Bad Request: ${method} is made to fail` });
    // A multipart upload (sendDocument, sendPhoto) names its chat among its fields.
    const target = Number((payload.fields as Record<string, unknown> | undefined)?.chat_id ?? payload.chat_id);
    if ((method === 'sendMessage' || method === 'sendDocument' || method === 'sendPhoto') && this.notStarted.has(target)) {
      return json(403, { ok: false, error_code: 403, description: "Forbidden: bot can't initiate conversation with a user" });
    }
    const json200 = contentType.includes('application/json') || body.length === 0;
    switch (method) {
      case 'setWebhook': {
        const url = String(payload.url ?? '');
        if (url === '') {
          this.webhook = undefined;
          return json(200, { ok: true, result: true, description: 'Webhook was deleted' });
        }
        if (!this.webhook) for (const e of USER_EVENTS) this.server.on(e, this.deliverSoon);
        this.webhook = { url, secret: payload.secret_token === undefined ? undefined : String(payload.secret_token), maxConnections: Number(payload.max_connections ?? 40) };
        this.deliverSoon();
        return json(200, { ok: true, result: true, description: 'Webhook was set' });
      }
      case 'deleteWebhook':
        if (this.webhook) for (const e of USER_EVENTS) this.server.off(e, this.deliverSoon);
        this.webhook = undefined;
        return json(200, { ok: true, result: true, description: 'Webhook is already deleted' });
      case 'getUpdates':
        if (this.webhook) return json(409, { ok: false, error_code: 409, description: "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first" });
        await this.longPoll(res, Number(payload.timeout ?? 0));
        if (res.destroyed) return;
        return json(200, { ok: true, result: this.server.getUpdates(m[1]!).map((u) => this.asChannelPost(u)) });
      // The emulator's own handlers for the methods every update uses, called in this
      // process rather than through a second HTTP hop to its express server (which would
      // double the HTTP work of every call and show in the benches).
      case 'sendMessage':
        if (json200) return json(200, { ok: true, result: this.server.addBotMessage(payload as never, m[1]!) });
        return this.forward(req, res, body, emulatorPort);
      case 'editMessageText':
        if (this.photoOf(payload)) return json(400, { ok: false, error_code: 400, description: 'Bad Request: there is no text in the message to edit' });
        if (json200) {
          this.server.editMessageText(payload as never);
          return json(200, { ok: true, result: null });
        }
        return this.forward(req, res, body, emulatorPort);
      case 'answerCallbackQuery':
        return json(200, { ok: true, result: null });
      case 'getChatMember': {
        const admin = this.admins.get(Number(payload.chat_id))?.has(Number(payload.user_id)) ?? false;
        return json(200, { ok: true, result: { status: admin ? 'administrator' : 'member', user: { id: Number(payload.user_id), is_bot: false, first_name: 'user' } } });
      }
      case 'getChatAdministrators': {
        const ids = [...(this.admins.get(Number(payload.chat_id)) ?? [])];
        return json(200, { ok: true, result: ids.map((id) => ({ status: 'administrator', user: { id, is_bot: false, first_name: 'admin' } })) });
      }
      case 'getFile': {
        const f = this.files.get(String(payload.file_id));
        if (!f) return json(400, { ok: false, error_code: 400, description: 'Bad Request: invalid file_id' });
        return json(200, { ok: true, result: { file_id: payload.file_id, file_unique_id: `u-${payload.file_id}`, file_size: f.bytes.length, file_path: f.path } });
      }
      case 'setMyCommands':
      case 'deleteMyCommands':
        return json(200, { ok: true, result: true });
      case 'sendPhoto': {
        const photo = this.addPhoto(payload);
        if (typeof photo === 'string') return json(400, { ok: false, error_code: 400, description: photo });
        for (const l of this.recordedListeners) l();
        for (const l of this.editListeners) l(photo);
        const chat = { id: photo.chatId, type: photo.chatId < 0 ? 'group' : 'private' };
        const sizes = [{ file_id: photo.fileId, file_unique_id: `u-${photo.fileId}`, width: 64, height: 48 }];
        return json(200, { ok: true, result: { message_id: photo.messageId, date: Math.floor(Date.now() / 1000), chat, photo: sizes, caption: photo.text } });
      }
      case 'editMessageCaption': {
        const photo = this.photoOf(payload);
        if (!photo) return json(400, { ok: false, error_code: 400, description: 'Bad Request: there is no caption in the message to edit' });
        Object.assign(photo, captionOf(payload));
        for (const l of this.recordedListeners) l();
        for (const l of this.editListeners) l(photo);
        return json(200, { ok: true, result: true });
      }
      case 'sendDocument': {
        const fields = (payload.fields ?? {}) as Record<string, string>;
        const chatId = Number(fields.chat_id ?? payload.chat_id);
        return json(200, { ok: true, result: { message_id: this.nextFakeMessageId++, date: Math.floor(Date.now() / 1000), chat: { id: chatId, type: chatId < 0 ? 'group' : 'private' } } });
      }
      default:
        return this.forward(req, res, body, emulatorPort);
    }
  }

  /** A stored channel post as Telegram sends it (channel_post, not message); any other update as it is. */
  private asChannelPost(u: { update_id: number; message?: unknown }): unknown {
    if (!this.channelPosts.has(u.update_id)) return u;
    return { update_id: u.update_id, channel_post: u.message };
  }

  /** The photo message a call names (chat_id and message_id, JSON or multipart fields). */
  private photoOf(payload: Record<string, unknown>): PhotoMessage | undefined {
    const f = { ...((payload.fields ?? {}) as Record<string, unknown>), ...payload };
    return this.photos.find((p) => p.chatId === Number(f.chat_id) && p.messageId === Number(f.message_id));
  }

  /** Records a sendPhoto; a string is the 400 Telegram would answer instead. */
  private addPhoto(payload: Record<string, unknown>): PhotoMessage | string {
    const fields = (payload.fields ?? payload) as Record<string, unknown>;
    const given = String(fields.photo ?? '');
    let photo: PhotoMessage['photo'];
    let fileId = `photo-${this.nextFileId++}`;
    if (given.startsWith('attach://')) {
      const upload = ((payload.files ?? []) as UploadedFile[]).find((f) => f.name === given.slice('attach://'.length));
      if (!upload) return 'Bad Request: file must be non-empty';
      photo = { upload };
    } else if (/^https?:\/\//.test(given)) {
      if (this.badPhotoUrls.has(given)) return 'Bad Request: failed to get HTTP URL content';
      photo = { url: given };
    } else {
      const known = this.photos.find((p) => p.fileId === given);
      if (!known) return 'Bad Request: wrong file identifier/HTTP URL specified';
      photo = { fileId: given };
      fileId = given;
    }
    const message: PhotoMessage = { chatId: Number(fields.chat_id), messageId: this.nextFakeMessageId++, photo, fileId, ...captionOf(fields) };
    this.photos.push(message);
    return message;
  }

  /** The Bot API's file URL: /file/bot<token>/<file_path>. */
  private serveFile(res: ServerResponse, token: string, filePath: string): void {
    this.calls.push({ method: 'downloadFile', payload: { filePath }, at: performance.now() });
    for (const l of this.recordedListeners) l();
    const f = [...this.files.values()].find((x) => x.path === filePath);
    if (token !== this.token || !f) {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: false, error_code: 404, description: 'Not Found' }));
      return;
    }
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(f.bytes.length) }).end(f.bytes);
  }

  /**
   * Webhook mode: hands every new update to the webhook URL with the secret header, at most
   * max_connections at once. A refused connection, a reset or a non-2xx answer puts the update
   * back at the head of the queue, tried again after a short wait, as Telegram keeps trying a
   * webhook that fails: so behind several replicas an update may reach two of them if the
   * first dies after it took it and before it answered.
   */
  private readonly deliverSoon = (): void => {
    if (!this.webhook || this.stopping) return;
    this.outbox.push(...this.server.getUpdates(this.token).map((u) => this.asChannelPost(u)));
    while (this.webhook && this.deliveriesInFlight < this.webhook.maxConnections && this.outbox.length > 0) {
      const update = this.outbox.shift();
      this.deliveriesInFlight += 1;
      void this.deliver(this.webhook, update).then((ok) => {
        this.deliveriesInFlight -= 1;
        if (ok) this.webhookStats.delivered += 1;
        else {
          this.webhookStats.failedAttempts += 1;
          this.outbox.unshift(update);
          if (!this.deliveryTimer && !this.stopping) this.deliveryTimer = setTimeout(() => ((this.deliveryTimer = undefined), this.deliverSoon()), 200);
          return;
        }
        this.deliverSoon();
      });
    }
  };

  private deliver(hook: { url: string; secret: string | undefined }, update: unknown): Promise<boolean> {
    const body = Buffer.from(JSON.stringify(update));
    const url = new URL(hook.url);
    return new Promise((resolve) => {
      const out = request(
        {
          host: url.hostname,
          port: url.port,
          method: 'POST',
          path: url.pathname + url.search,
          headers: { 'content-type': 'application/json', 'content-length': String(body.length), ...(hook.secret ? { 'x-telegram-bot-api-secret-token': hook.secret } : {}) },
          timeout: 30_000,
        },
        (r) => {
          r.resume();
          r.on('end', () => resolve((r.statusCode ?? 500) < 300));
          r.on('error', () => resolve(false));
        },
      );
      out.on('timeout', () => out.destroy());
      out.on('error', () => resolve(false));
      out.end(body);
    });
  }

  /** Holds an empty getUpdates until a member sends something, up to the poll's timeout (at most 2 s). */
  private async longPoll(res: ServerResponse, timeoutSeconds: number): Promise<void> {
    const pending = this.server.storage.userMessages.some((u) => u.botToken === this.token && !u.isRead);
    if (pending || timeoutSeconds <= 0) return;
    await new Promise<void>((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        for (const e of USER_EVENTS) this.server.off(e, wake);
        res.off('close', wake);
        resolve();
      };
      const timer = setTimeout(wake, Math.min(timeoutSeconds, 2) * 1000);
      for (const e of USER_EVENTS) this.server.on(e, wake);
      res.on('close', wake);
    });
  }

  private forward(req: IncomingMessage, res: ServerResponse, body: Buffer, port: number): Promise<void> {
    return new Promise((resolve) => {
      const out = request({ host: '127.0.0.1', port, method: req.method, path: req.url, headers: { ...req.headers, 'content-length': String(body.length) } }, (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
        r.on('end', () => resolve());
      });
      out.on('error', () => {
        if (!res.headersSent) res.writeHead(502).end();
        resolve();
      });
      out.end(body);
    });
  }
}

function toBotMessage(u: { message: unknown; messageId: number }, chatId: number): BotMessage {
  const m = u.message as { text?: string; parse_mode?: string; reply_markup?: { inline_keyboard?: { text: string; callback_data?: string }[][] } };
  return {
    chatId,
    messageId: u.messageId,
    text: m.parse_mode === 'HTML' ? unescapeHtml(m.text ?? '') : (m.text ?? ''),
    html: m.text ?? '',
    parseMode: m.parse_mode,
    buttons: (m.reply_markup?.inline_keyboard ?? []).map((row) => row.map((b) => ({ text: b.text, data: b.callback_data ?? '' }))),
  };
}

/** A photo's caption and buttons from a call's fields (a multipart body's reply_markup is a JSON string). */
function captionOf(fields: Record<string, unknown>): Pick<BotMessage, 'text' | 'html' | 'parseMode' | 'buttons'> {
  const markup = typeof fields.reply_markup === 'string' ? JSON.parse(fields.reply_markup) : fields.reply_markup;
  const m = toBotMessage({ message: { text: fields.caption, parse_mode: fields.parse_mode, reply_markup: markup }, messageId: 0 }, 0);
  return { text: m.text, html: m.html, parseMode: m.parseMode, buttons: m.buttons };
}

const unescapeHtml = (html: string): string => html.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** A multipart body's plain fields by name, and its file parts with their bytes. */
function multipartParts(body: Buffer, contentType: string): { fields: Record<string, string>; files: UploadedFile[] } {
  const fields: Record<string, string> = {};
  const files: UploadedFile[] = [];
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  if (!boundary) return { fields, files };
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  let at = body.indexOf(delimiter);
  while (at >= 0) {
    const start = at + delimiter.length;
    if (body.subarray(start, start + 2).toString() === '--') break;
    const next = body.indexOf(delimiter, start);
    if (next < 0) break;
    // A part: CRLF, headers, CRLF CRLF, content, CRLF, then the next delimiter.
    const part = body.subarray(start + 2, next - 2);
    const headerEnd = part.indexOf('\r\n\r\n');
    const headers = part.subarray(0, headerEnd).toString('utf8');
    const content = part.subarray(headerEnd + 4);
    // grammY writes `content-disposition:form-data;name="x";filename=a.png` (no spaces, the file name unquoted).
    const disposition = /content-disposition:\s*form-data;\s*name="([^"]+)"(?:;\s*filename=(?:"([^"]*)"|([^;\r\n]*)))?/i.exec(headers);
    if (disposition) {
      const filename = disposition[2] ?? disposition[3];
      if (filename !== undefined) {
        files.push({ name: disposition[1]!, filename, contentType: /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1], bytes: Buffer.from(content) });
      } else fields[disposition[1]!] = content.toString('utf8');
    }
    at = next;
  }
  return { fields, files };
}
