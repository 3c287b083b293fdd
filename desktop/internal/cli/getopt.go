package cli

import (
	"errors"
	"fmt"
	"strings"
)

// errUsage marks a command line that cannot be parsed: exit status 2.
var errUsage = errors.New("usage")

func usageErr(format string, a ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{errUsage}, a...)...)
}

// option is one flag in getopt_long's model: an optional one-letter form,
// a long form, and whether it takes a value.
type option[T any] struct {
	short byte
	long  string
	value bool
	meta  bool // read before the rc file (-n, --rc-file, -v, ...)
	help  string
	set   func(t T, v string) error
}

// given is one option found on the command line, with its value.
type given[T any] struct {
	opt   *option[T]
	value string
}

// getopt parses args the way the stock client's getopt_long does:
// "-A tcp/22", "-Atcp/22", "-vT" (bundled flags), "--access tcp/22",
// "--access=tcp/22", unique prefixes of long names ("--acc"), operands
// anywhere, and "--" ending the options.
func getopt[T any](opts []option[T], args []string) (found []given[T], operands []string, err error) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			return found, append(operands, args[i+1:]...), nil
		case strings.HasPrefix(a, "--"):
			name, val, hasVal := strings.Cut(a[2:], "=")
			o, err := lookupLong(opts, name)
			if err != nil {
				return nil, nil, err
			}
			switch {
			case o.value && !hasVal:
				if i+1 >= len(args) {
					return nil, nil, usageErr("option --%s needs a value", o.long)
				}
				i++
				val = args[i]
			case !o.value && hasVal:
				return nil, nil, usageErr("option --%s takes no value", o.long)
			}
			found = append(found, given[T]{o, val})
		case len(a) > 1 && a[0] == '-':
			var g []given[T]
			if g, i, err = shortOpts(opts, args, i); err != nil {
				return nil, nil, err
			}
			found = append(found, g...)
		default:
			operands = append(operands, a)
		}
	}
	return found, operands, nil
}

// shortOpts reads one "-xyz" word (and the next word when its last
// option needs a value); it returns the index of the last word used.
func shortOpts[T any](opts []option[T], args []string, i int) ([]given[T], int, error) {
	var out []given[T]
	word := args[i]
	for j := 1; j < len(word); j++ {
		o := lookupShort(opts, word[j])
		if o == nil {
			return nil, i, unknownShort(word[j])
		}
		if !o.value {
			out = append(out, given[T]{o, ""})
			continue
		}
		if j+1 < len(word) {
			return append(out, given[T]{o, word[j+1:]}), i, nil
		}
		if i+1 >= len(args) {
			return nil, i, usageErr("option -%c needs a value", o.short)
		}
		return append(out, given[T]{o, args[i+1]}), i + 1, nil
	}
	return out, i, nil
}

func lookupShort[T any](opts []option[T], c byte) *option[T] {
	for i := range opts {
		if opts[i].short == c {
			return &opts[i]
		}
	}
	return nil
}

func lookupLong[T any](opts []option[T], name string) (*option[T], error) {
	var match *option[T]
	n := 0
	for i := range opts {
		switch {
		case opts[i].long == name:
			return &opts[i], nil
		case name != "" && strings.HasPrefix(opts[i].long, name):
			match, n = &opts[i], n+1
		}
	}
	switch n {
	case 0:
		if why, ok := unsupported[name]; ok {
			return nil, usageErr("option --%s is not supported by sesame: %s", name, why)
		}
		return nil, usageErr("unknown option --%s", name)
	case 1:
		return match, nil
	}
	return nil, usageErr("option --%s is ambiguous", name)
}

// unknownShort explains -c: when it is the short form of a stock option
// that sesame refuses, with the same reason as the long form.
func unknownShort(c byte) error {
	if s, ok := stockShort(c); ok {
		if why, ok := unsupported[s.long]; ok {
			return usageErr("option -%c (--%s) is not supported by sesame: %s", c, s.long, why)
		}
	}
	return usageErr("unknown option -%c", c)
}

// unsupported are stock client options sesame deliberately leaves out.
var unsupported = map[string]string{
	"fault-injection-tag": "a test hook of fwknop builds with libfiu",
}
