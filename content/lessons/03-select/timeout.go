package main

import (
	"fmt"
	"time"
)

// lookUp starts a lookup that answers after delay.
func lookUp(word string, delay time.Duration) <-chan string {
	answer := make(chan string, 1) // room for a late answer nobody takes
	go func() {
		time.Sleep(delay)
		answer <- "found " + word
	}()
	return answer
}

func search(word string, delay time.Duration) {
	start := time.Now()
	var result string
	select {
	case result = <-lookUp(word, delay):
	case <-time.After(time.Second):
		result = "gave up on " + word
	}
	fmt.Printf("%s after %v\n", result, time.Since(start))
}

func main() {
	start := time.Now()
	search("gopher", 300*time.Millisecond)
	search("unicorn", 5*time.Second)
	fmt.Println("total:", time.Since(start))
}
