-- What the text offers for each quotation's speaker (SpeakerBasis: NAMED, REFERENCE, SUBJECT,
-- CONTINUED, REPEATED, CONTEXT). Quotations stored before this migration keep NULL: not recorded.
ALTER TABLE quotes ADD COLUMN speaker_basis TEXT;
