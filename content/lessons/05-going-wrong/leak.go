package main

import (
	"fmt"
	"runtime"
	"strings"
	"time"
)

var accessLog = []string{
	"GET /",
	"GET /cart",
	"POST /cart",
	"GET /help",
	"POST /pay",
}

// search sends every line of the access log that contains word.
func search(word string) <-chan string {
	found := make(chan string)
	go func() {
		defer close(found)
		for _, line := range accessLog {
			if strings.Contains(line, word) {
				found <- line
			}
		}
	}()
	return found
}

// searchUntil is the same search, which stops when done is closed.
func searchUntil(done <-chan struct{}, word string) <-chan string {
	found := make(chan string)
	go func() {
		defer close(found)
		for _, line := range accessLog {
			if !strings.Contains(line, word) {
				continue
			}
			select {
			case found <- line:
			case <-done:
				return // nobody wants the rest
			}
		}
	}()
	return found
}

// report prints a request's answer, and how many goroutines exist now.
func report(word, first string) {
	answer := fmt.Sprintf("%-4s -> %s", word, first)
	fmt.Printf("%-20s goroutines: %d\n", answer, runtime.NumGoroutine())
}

func main() {
	words := []string{"GET", "cart", "POST"}

	// Each request wants only the first match.
	for _, word := range words {
		first := <-search(word)
		report(word, first)
	}

	for _, word := range words {
		done := make(chan struct{})
		first := <-searchUntil(done, word)
		close(done)                  // tell the search to stop
		time.Sleep(time.Millisecond) // and give it a moment to return
		report(word, first)
	}
}
