package main

import (
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/minhbach/minhbach/generator/diag"
	"github.com/minhbach/minhbach/generator/site"
	"github.com/minhbach/minhbach/generator/sitefs"
)

var checkCommand = command{
	name:     "check",
	synopsis: "[-config config.toml] [-format text|github]",
	summary:  "kiểm tra mọi nội dung và số liệu, không ghi gì",
	about: `Chạy mọi bước kiểm tra của một lần dựng, kể cả trang nháp, mà không ghi gì.
In mỗi lỗi và mỗi cảnh báo một dòng; có lỗi thì thoát với mã 1. Với -format
github, mỗi dòng là một chú thích (::error, ::warning) mà GitHub Actions gắn vào
đúng tệp và dòng.`,
	setup: func(fl *flag.FlagSet) func([]string, io.Writer, io.Writer) error {
		s := addSiteFlag(fl)
		format := fl.String("format", "text", "`text|github`: text in mỗi lỗi dạng tệp:dòng:cột: lỗi, github in chú thích cho GitHub Actions")
		return func(args []string, stdout, stderr io.Writer) error {
			if *format != "text" && *format != "github" {
				return usageError(fmt.Sprintf("-format phải là text hoặc github, không phải %q", *format))
			}
			return check(s.root(), *format, stdout)
		}
	},
}

// check runs every validation of a build, drafts included, and writes
// nothing. Each problem is one line, in the format staff read
// (file:line:col: message) or the one GitHub Actions turns into
// annotations on the changed files; warnings come after errors.
func check(root, format string, stdout io.Writer) error {
	start := time.Now()
	// Now lets check warn of pages a build would hold back; with Drafts
	// they are still checked like every other page.
	out, err := site.Build(sitefs.Dir(root), site.Options{Drafts: true, Now: now()})
	// An error that is no problem of a file is the configuration's: the
	// build had nothing else to go on.
	found := diag.Collect("config.toml", err)
	problems := found.Problems()
	if err == nil {
		problems = out.Warnings
	}
	for _, p := range problems {
		if format == "github" {
			fmt.Fprintln(stdout, githubAnnotation(p))
		} else {
			fmt.Fprintln(stdout, p.Error())
		}
	}
	if err != nil {
		return reported{fmt.Sprintf("Có %d lỗi. Hãy sửa rồi chạy lại go run ./generator check.", found.Len())}
	}
	fmt.Fprintf(stdout, "Không có lỗi: %d trang (kể cả bản nháp) đã được kiểm tra trong %d ms.\n", out.Pages, time.Since(start).Milliseconds())
	return nil
}

// reported is an error whose problems were already printed.
type reported struct{ summary string }

func (r reported) Error() string { return r.summary }

// githubAnnotation writes a problem as a workflow command, ::error or
// ::warning by its severity; GitHub reads %, CR and LF escaped in the
// message, and also , and : in properties.
func githubAnnotation(p diag.Problem) string {
	esc := strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	prop := strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ",", "%2C", ":", "%3A")
	kind := "error"
	if p.Severity == diag.Warning {
		kind = "warning"
	}
	var b strings.Builder
	b.WriteString("::" + kind + " file=" + prop.Replace(p.File))
	if p.Line > 0 {
		fmt.Fprintf(&b, ",line=%d", p.Line)
		if p.Col > 0 {
			fmt.Fprintf(&b, ",col=%d", p.Col)
		}
	}
	b.WriteString("::" + esc.Replace(p.Msg))
	return b.String()
}
