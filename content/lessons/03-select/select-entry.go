package main

import "fmt"

func channel(name string, ch chan string) chan string {
	fmt.Printf("evaluating the %s channel\n", name)
	return ch
}

func reply() string {
	fmt.Println("evaluating the reply")
	return "thanks"
}

func main() {
	inbox := make(chan string, 1)
	outbox := make(chan string) // nobody receives: this send cannot go ahead
	inbox <- "hello"

	select {
	case m := <-channel("inbox", inbox):
		fmt.Println("received", m)
	case channel("outbox", outbox) <- reply():
		fmt.Println("sent the reply")
	}
}
