package fwknoprc

// stockVariables are the variables of fwknop 2.6.10's client rc file
// (fko_var_array in client/config_init.c). TestStockVariablesCovered
// fails when one of them is not in vars.
var stockVariables = []string{
	"DIGEST_TYPE", "SPA_SERVER_PROTO", "SPA_SERVER_PORT", "SPA_SOURCE_PORT", "FW_TIMEOUT",
	"ALLOW_IP", "TIME_OFFSET", "ENCRYPTION_MODE", "USE_GPG", "USE_GPG_AGENT", "GPG_RECIPIENT",
	"GPG_SIGNER", "GPG_HOMEDIR", "GPG_EXE", "GPG_SIGNING_PW", "GPG_SIGNING_PW_BASE64",
	"GPG_NO_SIGNING_PW", "SPOOF_USER", "SPOOF_SOURCE_IP", "ACCESS", "SPA_SERVER", "RAND_PORT",
	"KEY", "KEY_BASE64", "HMAC_DIGEST_TYPE", "HMAC_KEY_BASE64", "HMAC_KEY", "USE_HMAC",
	"USE_WGET_USER_AGENT", "KEY_FILE", "HMAC_KEY_FILE", "NAT_ACCESS", "HTTP_USER_AGENT",
	"RESOLVE_URL", "SERVER_RESOLVE_IPV4", "NAT_LOCAL", "NAT_RAND_PORT", "NAT_PORT", "VERBOSE",
	"RESOLVE_IP_HTTP", "RESOLVE_IP_HTTPS", "RESOLVE_HTTP_ONLY", "WGET_CMD", "NO_SAVE_ARGS",
}

// varStock says how Sesame differs from the stock client for the
// variables that do not behave the same: "different: how" or "refused:
// why". A variable of vars not listed here behaves as the stock's.
var varStock = map[string]string{
	"ENCRYPTION_MODE": "different: a mode other than cbc with GPG, which the stock ignores, is refused",
	"HMAC_KEY_FILE":   "different: the HMAC key file, read when an HMAC is asked for (the stock client 2.6.10 takes it for the Rijndael key file, a bug; neither turns an HMAC on)",
}

// StockVariables lists the stock client's rc variables.
func StockVariables() []string { return append([]string(nil), stockVariables...) }

// VariableStatus is what Sesame does with the stock variable name:
// "same", "different: how" or "refused: why"; "" when it does not know it.
func VariableStatus(name string) string {
	if _, ok := vars[name]; !ok {
		return ""
	}
	if s, ok := varStock[name]; ok {
		return s
	}
	return "same"
}
