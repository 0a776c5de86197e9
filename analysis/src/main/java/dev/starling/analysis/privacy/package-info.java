/**
 * Privacy before anything else: finds personal data in posts and treats it before a post is stored,
 * logged, shown or sent to any model or generator.
 *
 * <p>Detection: one small {@link dev.starling.analysis.privacy.PiiDetector} per kind of data (e-mail,
 * phone, Luhn-checked card, mod-97-checked IBAN, IPv4/IPv6, secrets in URL parameters, @handles),
 * registered through {@link java.util.ServiceLoader} and combined by
 * {@link dev.starling.analysis.privacy.CompositeDetector}, which merges overlapping matches so that no
 * fragment of a value escapes. Validation (checksums, issuer prefixes, country lengths, boundaries)
 * rather than looser patterns keeps dates, prices, versions and ids from being mistaken for data.
 *
 * <p>Treatment: a {@link dev.starling.analysis.privacy.PrivacyPolicy} gives each
 * {@link dev.starling.analysis.privacy.PiiType} a mode (redact, mask, hash, keep).
 * Accounts are pseudonymised by {@link dev.starling.analysis.privacy.Pseudonymizer} with a keyed HMAC,
 * so the same account keeps the same pseudonym across runs while nobody without the key can reverse
 * or test it; the key comes from a file, the environment, or a generated owner-only key file
 * ({@link dev.starling.analysis.privacy.PseudonymKey}).
 * {@link dev.starling.analysis.privacy.PrivacyFilter} applies all this to a text or to every field
 * of a {@link dev.starling.analysis.posts.Post}, and reports counts per type.
 */
package dev.starling.analysis.privacy;
