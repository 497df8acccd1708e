package main

import "fmt"

// The zero value of an int is 0, where TypeScript has undefined.
// tour:differs "got undefined, ok false" => "got 0, ok false"

var states = []string{"nil", "empty", "one in", "full", "closed"}

// A new channel, with room for two values, in the state named.
func makeChan(state string) chan int {
	if state == "nil" {
		return nil
	}
	ch := make(chan int, 2)
	if state == "one in" || state == "full" {
		ch <- 1
	}
	if state == "full" {
		ch <- 2
	}
	if state == "closed" {
		close(ch)
	}
	return ch
}

// A select with a default (chapter 3) never waits: if the
// operation would block, the default runs instead.
func tryReceive(ch chan int) string {
	select {
	case v, ok := <-ch:
		return fmt.Sprintf("got %d, ok %t", v, ok)
	default:
		return "blocks"
	}
}

func trySend(ch chan int) string {
	select {
	case ch <- 9:
		return "sent 9"
	default:
		return "blocks"
	}
}

func tryClose(ch chan int) string {
	close(ch)
	return "closed"
}

// attempt runs one cell of the table, turning a panic into its result.
func attempt(try func(chan int) string, state string) (result string) {
	defer func() {
		if r := recover(); r != nil {
			result = fmt.Sprint("panic: ", r)
		}
	}()
	return try(makeChan(state)) // a new channel for each cell
}

func main() {
	tries := []struct {
		operation string
		try       func(chan int) string
	}{
		{"receive", tryReceive},
		{"send", trySend},
		{"close", tryClose},
	}
	for _, state := range states {
		for _, t := range tries {
			fmt.Printf("%-8s %-8s %s\n", state, t.operation, attempt(t.try, state))
		}
	}
}
