package main

import (
	"context"
	"errors"
	"fmt"
)

type node struct {
	name string
	ctx  context.Context
}

// report says, for every context, whether its done channel is closed, and why.
func report(when string, tree []node) {
	fmt.Println("--", when)
	for _, n := range tree {
		if n.ctx.Err() == nil {
			fmt.Printf("%-9s running\n", n.name)
		} else {
			fmt.Printf("%-9s done  err=%v  cause=%v\n", n.name, n.ctx.Err(), context.Cause(n.ctx))
		}
	}
}

func main() {
	// One request and the work it started, as a tree of contexts:
	// request → search → index and spelling; request → ads.
	request, hangUp := context.WithCancelCause(context.Background())
	search, cancelSearch := context.WithCancel(request)
	index, cancelIndex := context.WithCancel(search)
	defer cancelIndex()
	spelling, cancelSpelling := context.WithCancel(search)
	defer cancelSpelling()
	ads, cancelAds := context.WithCancel(request)
	defer cancelAds()
	tree := []node{
		{"request", request}, {"search", search}, {"index", index},
		{"spelling", spelling}, {"ads", ads},
	}

	// A goroutine working for ads waits for its done channel to close.
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		<-ads.Done()
		fmt.Println("ads worker stops:", context.Cause(ads))
	}()

	report("at the start", tree)

	cancelSearch() // a middle node: it and everything below it
	report("after cancelSearch()", tree)

	hangUp(errors.New("client hung up")) // the root: everything left
	report("after hangUp(...)", tree)

	<-stopped
}
