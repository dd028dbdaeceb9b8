-- Where the text credits each quotation's outlet (OutletBasis: CREDITED beside the quotation, or
-- CARRIED from the interview credited before). Quotations stored before this migration keep NULL.
ALTER TABLE quotes ADD COLUMN outlet_basis TEXT;
