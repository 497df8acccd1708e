package main

import "fmt"

// The owner: makes the channel, is the only one to send on it and
// closes it when done. Callers get only the receiving end.
func tickets(count int) <-chan string {
	queue := make(chan string, count)
	go func() {
		defer close(queue)
		for n := 1; n <= count; n++ {
			queue <- fmt.Sprintf("ticket #%d", n)
		}
	}()
	return queue
}

func main() {
	for ticket := range tickets(4) {
		fmt.Println("served", ticket)
	}
	fmt.Println("no more tickets")
}
