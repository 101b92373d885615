# English — easy.ftl
# Strings of the capability in src/easy/ and templates/easy/.

easy-edit-title = Text in Leichte Sprache
easy-edit-intro = Write the text in Leichte Sprache (easy-to-read German) here. The checker points out passages that may be hard to read. But only the reviewers from the target group can decide whether a text really is easy to read.
easy-review-note = What the reviewers did not understand
easy-standard-text = Text in everyday language
easy-hints-standard = Checker hints for this text (readability { $score } out of 100)
easy-version = Your version in Leichte Sprache
label-easy-body = Text in Leichte Sprache
hint-easy-body = Short sentences. One statement per sentence. Familiar words. Numbers as digits. Split long words with a hyphen or a middle dot (·).
easy-check = Check text
easy-ask-review = Save and send for review
easy-score = Readability: { $score } out of 100 (the higher, the easier). { $words } words.
easy-queue-title = Review texts
easy-queue-intro = These texts in Leichte Sprache (easy-to-read German) are waiting for you to review them. Take your time reading. Tell us which sentences you do not understand.
easy-queue-empty = There are no texts waiting for you at the moment.
easy-review-title = Review text
easy-review-intro = Read every sentence. Is there a sentence you did not understand? Then tick the box next to it.
easy-review-sentences = The sentences of the text
easy-review-unclear = I do not understand this sentence
label-review-note = Your comment (optional)
hint-review-note = For example: which word is difficult?
easy-review-approve = I understood everything
easy-review-send-back = Send back to the writer
err-review-closed = This text has already been reviewed.
err-review-empty = Please tick at least one sentence or write a comment.
err-check-too-long = The text is too long for the checker (at most 100,000 characters).
