# The Telegram command menu (setMyCommands): one description per command, 3 to 256
# characters. Personal commands say that their answer comes in private.

cmd-task = Get a task to answer (in a group: its community's campaigns, sent in private)
cmd-balance = Your pending and minted TNET (answered in private)
cmd-stats = Your answers, accepted share and accuracy (answered in private)
cmd-leaderboard = The top miners
cmd-link = Link your wallet: /link <address> (answered in private)
cmd-verify = Finish linking: /verify <signature> (in private only)
cmd-wallet = Your linked wallet (answered in private)
cmd-unlink = Remove your linked wallet (in private only)
cmd-merge = Join your account on another chat: /merge confirm|cancel (in private only)
cmd-campaign = Campaigns: list, stats <id>; moderators: new, post <id> [cards], pause|resume|close|export <id>
cmd-community = Moderators: this community's allowance; /community audit: its audit log
cmd-cancel = Stop the /campaign new conversation
cmd-language = Choose your language (in a group: the group's, for its moderators)
cmd-help = All commands

# Personal commands sent in a group (bots/common/private-only.ts): the group's line, and
# what the private chat gets for an action that waits there. Commands stay as written.

private-sent = I sent you a private message.
# $link is the t.me link that opens the private chat.
private-open-chat = I can only answer that in private. Open a chat with me: { $link }
private-unlink-in-group = You sent /unlink in a group. To remove your linked wallet, send /unlink here.
private-merge-in-group = You sent /merge in a group. Send /merge confirm or /merge cancel here.
private-verify-here = Signatures go only here, in private: send /verify <signature> here, never in a group.
# $link opens the private chat (no start payload); $campaignId is the campaign's number.
private-export-needs-chat = Exports go only to a private chat. Open { $link }, press Start, then send /campaign export { $campaignId } there or here again.

# Expensive commands asked for too often (bots/common/rate-limit.ts).

rate-limited-seconds = { $seconds ->
        [one] That takes a while to prepare, and you asked for it often just now. Try again in { $seconds } second.
       *[other] That takes a while to prepare, and you asked for it often just now. Try again in { $seconds } seconds.
    }
rate-limited-minutes = { $minutes ->
        [one] That takes a while to prepare, and you asked for it often just now. Try again in { $minutes } minute.
       *[other] That takes a while to prepare, and you asked for it often just now. Try again in { $minutes } minutes.
    }

# Wallet linking (bots/common/wallet-text.ts), in every chat and on the link page.

wallet-signature-too-long = That signature is too long to paste in a chat. Send /link and open the link page: it signs with your wallet in the browser, contract wallets included.
wallet-linked = Wallet { $address } is linked. Your pending TNET goes there in the next mint batch.
# $memberId: the member number of the other account.
wallet-linked-elsewhere = Wallet { $address } belongs to another member of yours (member #{ $memberId }, on another chat). Send /merge confirm to join them: your answers, skill and pending rewards become one account. /merge cancel keeps them apart.
