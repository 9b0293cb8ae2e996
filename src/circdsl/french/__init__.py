"""The one place where circdsl writes French for readers: dates, numbers and quantities
(`words`), conditions and values (`conditions`), what remains of a condition once the
applicant's facts are known (`residual`), deliveries and medical confidentiality
(`deliveries`), deadlines worded by their use (`deadlines`).

Pages, checklists (Markdown and HTML), the text report and the calendars all go
through these modules, so they say the same thing in the same words. Escaping for
each output format is `circdsl.escape`'s job, applied where the text is written.
"""
