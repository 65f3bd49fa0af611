# What is wrong with a campaign definition, an import row or a community, one message per
# problem code (core/domain/problem.ts, bots/common/problem-text.ts).
# $field names a field of the definition (reward, options.0.id) as the moderator wrote it.

problem-field = { $field }: { $text }
# $lang: the language tag of an item's translated fields (es, pt-BR).
problem-in-language = in { $lang }: { $text }

problem-required = required
problem-empty = must not be empty
problem-not-text = must be text
problem-not-number = must be a number
problem-not-integer = must be a whole number
problem-not-list = must be a list
problem-not-object = must be an object with named fields
problem-invalid = is not valid
problem-too-short = { $min ->
        [one] must be at least { $min } character long
       *[other] must be at least { $min } characters long
    }
problem-too-long = { $max ->
        [one] must be at most { $max } character long
       *[other] must be at most { $max } characters long
    }
problem-too-few = { $min ->
        [one] must have at least { $min } entry
       *[other] must have at least { $min } entries
    }
problem-too-many = { $max ->
        [one] must have at most { $max } entry
       *[other] must have at most { $max } entries
    }
problem-too-small = must be at least { $min }
problem-not-above = must be more than { $min }
problem-too-large = must be at most { $max }
# $values: the allowed values, comma-separated.
problem-not-one-of = must be one of: { $values }
problem-unknown-key = not a field a campaign takes
problem-bad-format = is not in the expected format

problem-not-tnet-amount = must be a TNET amount like "10" or "0.5"
problem-option-id-format = option ids are 1-32 letters, digits, _ . -
problem-license-format = a license id like cc-by-4.0 or mit
problem-chat-id-format = a chat like telegram:-100123 or discord:123
problem-language-tag = keys are language tags like ru, pt-BR or zh-CN
problem-too-many-languages = at most { $max } languages
problem-check-answers-too-few = at least { $min }: a check has no gold, so no text is decided by fewer members
problem-ids-not-unique = ids must be unique
# $options: the fixed option ids.
problem-fixed-options = a pairwise campaign has fixed options ({ $options }); leave them out
problem-options-required = required for label and vote campaigns
problem-needs-labels = a multilabel campaign needs at least { $min } labels to tick
problem-too-many-labels = a multilabel campaign has at most { $max } labels
problem-no-options = a contribute campaign has no options; members write a text
# $other: the field it is compared with (answersPerTask, minLength).
problem-below-field = must be at least { $other }
problem-budget-below-reward = must cover at least one reward
problem-check-budget-below-reward = must cover at least one check reward
# $kind: the campaign kind as the definition names it (pairwise, multilabel, contribute).
problem-no-baseline = a { $kind } campaign takes no baseline model
problem-no-gold = a contribute campaign has no gold items
problem-check-reward-required = required for a contribute campaign (what each checker earns)
problem-check-budget-required = required for a contribute campaign (what the checks may spend)
problem-contribute-only = only a contribute campaign takes it
problem-not-an-option-id = not one of the campaign's option ids

problem-nul-byte = contains a NUL byte
problem-not-utf8 = is not valid UTF-8
problem-line-too-long = is longer than { $max } bytes
problem-nul-character = contains a NUL character (\u0000)
problem-lone-surrogate = contains text that is not valid Unicode (a lone surrogate)
problem-not-json = not valid JSON
problem-not-json-object = not a JSON object
problem-header-empty-name = the header has an empty column name
problem-header-repeats-name = the header repeats a column name
problem-header-no-content = the header needs at least one content column besides id and gold
problem-column-count = expected { $expected } columns, found { $found }
# $detail: the CSV reader's code for the break (CSV_QUOTE_NOT_CLOSED).
problem-broken-csv = broken CSV: { $detail }
problem-file-empty = the file is empty
problem-no-items = the file has no items
problem-id-wrong-type = id must be text or a number
problem-gold-wrong-type = gold must be text, a number or an array of label ids
problem-id-too-long = id longer than { $max } characters
problem-no-content = the item has no content
problem-item-too-large = item larger than { $max } bytes
# $id: an item's id; $line: the line it first appeared on.
problem-duplicate-id = duplicate id "{ $id }" (first on line { $line })
problem-id-taken = id "{ $id }" is already used, earlier in this file or in this campaign
# $name: a field of the item (prompt, a, b, model_a).
problem-pair-needs-text = a pairwise item needs "{ $name }" as non-empty text
problem-pair-outputs-same = outputs "a" and "b" are the same
problem-pair-too-long = prompt, a and b hold { $length } characters together, more than a chat card shows ({ $max })
problem-field-not-text = "{ $name }" must be text
problem-field-too-long = "{ $name }" is longer than { $max } characters
problem-control-character = "{ $name }" holds a control character
# $key: a translated field (note@es); $name: the field it translates.
problem-translates-missing = "{ $key }" translates "{ $name }", which the item does not have
problem-contribute-needs-prompt = a contribute item needs "prompt" (or "text") or an "image" to write about
problem-gold-not-text = gold must be text or a number
# $options: the campaign's option ids.
problem-gold-not-option = gold "{ $gold }" is not one of the options ({ $options })
problem-gold-not-a-set = gold must be a set of label ids: a JSON array like ["a", "b"], or the ids joined by "|"
problem-not-a-label = "{ $label }" is not a label of this campaign
problem-ticked-twice = "{ $label }" is ticked twice
problem-archive-too-large = the archive is larger than { $max } MB
problem-image-not-text = image must be text: a file in the archive or an https URL
problem-image-not-file-or-url = image "{ $image }" is neither a file in the archive nor an https URL
problem-image-not-in-archive = image "{ $image }" is not in the archive
# $detail: the media check's words (problem-media-* below), or its English account where it has none.
problem-image-refused = image "{ $image }": { $detail }
problem-media-refused = { $detail }

# Why the media check refused an image or an archive ($detail above, where it has words).
# $bytes, $max: numbers; $size: width x height in pixels (20000x10000); $name: a file name
# in the archive; $accepted: the image formats, as a list of names.
problem-media-image-too-many-bytes = the image is { $bytes } bytes, more than { $max }
problem-media-image-format = the file is { $format }; accepted: { $accepted }
problem-media-image-format-unknown = the file is an unknown format; accepted: { $accepted }
problem-media-image-no-size = the image header has no size
problem-media-image-too-many-pixels = the image is { $size }, more than { $max } pixels
problem-media-image-aspect-ratio = the image is { $size }, longer than { $max }:1
problem-media-zip-too-many-images = the archive names { $count } images, more than { $max } per upload
problem-media-zip-too-many-pixels = the archive's images hold more than { $max } pixels together; split it into smaller uploads
problem-media-zip-stored-too-large = the archive's images take more than { $max } bytes once stored; split it into smaller uploads
# $why: empty, backslash, absolute, drive_letter, control_character, parent_segment, empty_segment.
problem-media-zip-unsafe-name = the name "{ $name }" { $why ->
        [empty] is empty
        [backslash] has a backslash
        [absolute] is an absolute path
        [drive_letter] starts with a drive letter
        [control_character] has a control character
        [parent_segment] has a ".." segment
       *[empty_segment] has an empty or "." segment
    }
problem-media-zip-symlink = { $name } is a symbolic link
problem-media-zip-not-a-file = { $name } is not a regular file (mode { $mode })
problem-media-zip-encrypted = { $name } is encrypted
problem-media-zip-compression = { $name } uses compression method { $method } (only stored and deflate)
problem-media-zip-declares-too-large = { $name } declares { $bytes } bytes, more than { $max }
problem-media-zip-declares-ratio = { $name } declares a compression ratio over { $max }:1
problem-media-zip-inflates-too-large = { $name } inflates past { $max } bytes
problem-media-zip-inflates-ratio = { $name } inflates more than { $max } times its compressed size
problem-media-zip-duplicate = { $name } occurs more than once in the archive

problem-community-id = a community is a Telegram chat or a Discord server, named by its numeric id
problem-grant-amount = a grant is a positive TNET amount, at most the 6,000,000,000 cap
problem-chat-move-ids = a chat moves from one numeric chat id to another
