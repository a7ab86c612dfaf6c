package main

import (
	"flag"
	"fmt"
	"io"
	"strings"
)

// help prints the list of commands, or one command's usage and options.
func help(args []string, stdout io.Writer) error {
	switch {
	case len(args) == 0 || len(args) == 1 && args[0] == "help":
		fmt.Fprintln(stdout, mainUsage())
		return nil
	case len(args) > 1:
		return usageError("help nhận nhiều nhất một lệnh, ví dụ: go run ./generator help build")
	}
	c := lookup(args[0])
	if c == nil {
		return usageError(fmt.Sprintf("không có lệnh %q\n\n%s", args[0], mainUsage()))
	}
	fmt.Fprint(stdout, c.usage())
	return nil
}

// mainUsage lists the commands, from the same table run dispatches on.
func mainUsage() string {
	var b strings.Builder
	b.WriteString("minhbach dựng trang công khai tiến độ thực hiện một chương trình, từ văn bản\n")
	b.WriteString("chương trình, số liệu CSV và các trang markdown.\n\n")
	b.WriteString("Cách dùng: go run ./generator <lệnh> [tuỳ chọn]\n\nLệnh:\n")
	for _, c := range commands {
		fmt.Fprintf(&b, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintf(&b, "  %-8s %s\n", "help", "in hướng dẫn này; help <lệnh> in cách dùng và tuỳ chọn của một lệnh")
	b.WriteString("\nMọi lệnh làm việc với một trang nhận -config đường/dẫn/config.toml; mặc định là\n")
	b.WriteString("config.toml ở thư mục hiện tại.\n")
	b.WriteString("Mã thoát: 0 thành công, 1 có lỗi trong nội dung hoặc số liệu (mỗi lỗi một dòng\n")
	b.WriteString("tệp:dòng:cột: lỗi), 2 gõ sai lệnh hoặc tuỳ chọn.")
	return b.String()
}

// usage is what help NAME and NAME -h print: the usage line, what the
// command does, and each option with its default.
func (c *command) usage() string {
	var b strings.Builder
	fmt.Fprintf(&b, "Cách dùng: go run ./generator %s %s\n\n%s\n", c.name, c.synopsis, c.about)
	fl, _ := c.flags()
	n := 0
	fl.VisitAll(func(f *flag.Flag) {
		if n == 0 {
			b.WriteString("\nTuỳ chọn:\n")
		}
		n++
		name, text := flag.UnquoteUsage(f)
		fmt.Fprintf(&b, "  -%s", f.Name)
		if _, isBool := f.Value.(interface{ IsBoolFlag() bool }); !isBool {
			fmt.Fprintf(&b, " %s", placeholder(name))
		}
		fmt.Fprintf(&b, "\n        %s", text)
		if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "0" {
			fmt.Fprintf(&b, " (mặc định: %s)", f.DefValue)
		}
		b.WriteString("\n")
	})
	return b.String()
}

// placeholder words package flag's type names for an option's value, used
// when its usage names none in `backquotes`.
func placeholder(name string) string {
	switch name {
	case "string", "value":
		return "GIÁ_TRỊ"
	case "int", "uint", "float":
		return "SỐ"
	}
	return name
}

// flagMessage words package flag's errors in Vietnamese. Their English text
// has not changed since Go 1; anything else is kept as it is.
func flagMessage(err error) string {
	msg := err.Error()
	for _, t := range []struct{ prefix, format string }{
		{"flag provided but not defined: ", "không có tuỳ chọn %s"},
		{"flag needs an argument: ", "tuỳ chọn %s cần một giá trị"},
		{"bad flag syntax: ", "tuỳ chọn viết sai: %s"},
	} {
		if rest, ok := strings.CutPrefix(msg, t.prefix); ok {
			return fmt.Sprintf(t.format, rest)
		}
	}
	// invalid value "abc" for flag -port: parse error
	// invalid boolean value "x" for -drafts: parse error
	for _, prefix := range []string{"invalid value ", "invalid boolean value "} {
		rest, ok := strings.CutPrefix(msg, prefix)
		if !ok {
			continue
		}
		value, rest, _ := strings.Cut(rest, " for ")
		name, why, _ := strings.Cut(strings.TrimPrefix(rest, "flag "), ": ")
		switch why {
		case "parse error":
			why = "không đọc được giá trị này"
		case "value out of range":
			why = "giá trị quá lớn hoặc quá nhỏ"
		}
		return fmt.Sprintf("giá trị %s không dùng được cho %s: %s", value, name, why)
	}
	return msg
}
